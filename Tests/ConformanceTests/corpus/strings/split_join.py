# strings: split/rsplit with and without separators and maxsplit, join
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("abc".split("abc"), "abcabc".split("b"))
print("one".split(","), "1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
print("x".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), "-".join(("1",)))
print(" ".join(str(i) for i in range(5)))
print("\n".join(["l1", "l2"]))
try:
    "".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("a b c".split(" ", 0), "a b c".split(" ", -1))
print("1\t2\x0b3\x0c4\r5".split())
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
