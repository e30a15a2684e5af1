# strings: comparisons, ordering, in, multiplication, concatenation
print("apple" < "banana", "apple" < "Apple", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa", "10" < "9", "10" < "2")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(max("hello"), min("hello"), max(["aa", "b"]), min(["aa", "b"], key=len))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 100))
print("con" + "cat" + "enate")
print("ell" in "hello", "lle" in "hello", "h" in "hello", "" in "")
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
print("abc" == ["a", "b", "c"], list("abc") == ["a", "b", "c"])
print("a" < "b" < "c", "b" > "a" > "A")
