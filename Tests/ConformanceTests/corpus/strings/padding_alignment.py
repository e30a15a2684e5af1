# strings: center/ljust/rjust/zfill with fill chars and odd widths
for w in ["a", "ab", "abc", "abcd", ""]:
    print("[" + w.center(6) + "]", "[" + w.center(7, "*") + "]", "[" + w.ljust(5, ".") + "]",
          "[" + w.rjust(5, "-") + "]")
print("[" + "long text".center(3) + "]", "[" + "x".ljust(0) + "]", "[" + "y".rjust(-5) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(3))
print("-".zfill(3), "3.14".zfill(8), "-3.14".zfill(8))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
print("odd centering:", "[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(4) + "]")
