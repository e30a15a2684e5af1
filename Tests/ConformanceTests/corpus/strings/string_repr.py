# strings: repr() quote choice and escaping
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\there", "back\\slash",
         "null\x00byte", "bell\a", "\r\n", "\x7f", "\x1b[0m", "é", "日本", "🎉", "\u200b", "\xa0",
         "", "'", '"', "'\"", "\\n literally", "\ufeff", "\U0010ffff", "\x80", "\xff", "\u2028"]
for t in tests:
    print(repr(t))
print([tests[1], tests[2]])
print(("a'b",))
print({"k'": 'v"'})
print(str(["\n"]), str("\n") == "\n")
print(repr(repr("x")), repr(str(1)))
print(repr("a" + chr(39) + "b" + chr(34)))
print(repr("\t\n\r\x0b\x0c"))
print(repr("x" * 3 + "\\" * 2))
print(f"{'quote'!r:>10}|", "%r" % "pct")
print([repr(c) for c in "a'\""])
