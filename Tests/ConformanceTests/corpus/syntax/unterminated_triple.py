# syntax: unterminated triple-quoted string literal
doc = """This docstring
never ends
x = 1
