# strings: strip/lstrip/rstrip with default whitespace and explicit chars, removeprefix/suffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcHELLOcba".strip("abc")))
print(repr("www.example.com".lstrip("cmowz.")), repr("www.example.com".rstrip("cmowz.")))
print(repr("...".strip(".")), repr("".strip()), repr("a".strip("a")))
print(repr("  mid  dle  ".strip()), repr("\u00a0nbsp\u00a0".strip()))
print(repr("0012300".lstrip("0")), repr("0012300".rstrip("0")))
print(repr("test.py".removesuffix(".py")), repr("test.py".removesuffix(".txt")))
print(repr("prefix_name".removeprefix("prefix_")), repr("name".removeprefix("prefix_")))
print(repr("aaa".removeprefix("a")), repr("py.py".removesuffix("py")))
print(repr(" x ".strip(None)), repr("\n\r\t x".lstrip()))
for line in ["  alpha  ", "beta\n", "\tgamma\t", ""]:
    print("[" + line.strip() + "]", end=" ")
print()
