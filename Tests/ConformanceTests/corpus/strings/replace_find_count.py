# strings: replace with count, find/rfind/index/rindex with ranges, count overlapping?
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("", "-"))
print("aaa".replace("a", "b", 1), "aaaa".replace("aa", "b"))
print("abc".replace("", "|", 2))
print(s.find("two"), s.find("two", 5), s.find("xyz"), s.rfind("one"), s.rfind("one", 0, 10))
print(s.find(""), s.rfind(""), "abc".find("c", -1), "abc".find("a", -1))
print(s.index("two"), s.rindex("two"))
try:
    s.index("three")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("three")
except ValueError as e:
    print("ValueError:", e)
print(s.count("one"), s.count("o"), s.count(""), "aaaa".count("aa"), s.count("one", 1))
print("abcabc".count("abc", 0, 5), "banana".count("ana"))
print("mississippi".replace("ss", "SS").replace("i", "!", 2))
print("hello".find("l"), "hello".rfind("l"), "hello".index("l", 3))
print("x" in "xyz", "xz" in "xyz", "" in "abc", "abc" not in "ab")
