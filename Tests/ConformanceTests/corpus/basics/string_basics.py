# basics: string literal forms, raw strings, escapes, triple quotes
print('single', "double", '''triple single''', """triple double""")
print("escapes: a\tb|c\\d|e\'f|g\"h")
print(r"raw: \n stays \t")
print("unicode escapes: \u00e9 \u65e5 \U0001F600 \N{GREEK SMALL LETTER ALPHA}")
print("hex escape: \x41\x42")
print("octal escape: \101\102")
multi = """line1
line2
    indented"""
print(multi)
print(len(multi))
cont = "abc\
def"
print(cont)
print("adjacent" "literals" 'joined')
print(len("\n"), len(r"\n"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print("" == '', "a" "" == "a")
empty = """"""
print("empty triple:", repr(empty))
print("bell and null reprs:", repr("\a\0\x7f"))
