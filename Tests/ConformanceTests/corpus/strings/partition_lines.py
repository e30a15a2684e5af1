# strings: splitlines with keepends, expandtabs, partition corners
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.split("\n"))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("12345\t6".expandtabs(3)), repr("a\nb\tc".expandtabs(2)))
print("a=b=c".partition("="), "abc".partition("abc"), "abc".partition("x"))
print("a=b=c".rpartition("="), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
for row in "name: Alice\nage: 30\ncity: Paris".splitlines():
    key, _, value = row.partition(": ")
    print(key.upper(), "->", value)
