# builtins: reversed on sequences, enumerate with negative start, sorted stability with key=None
print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), tuple(reversed((1, 2))))
print(list(reversed(range(1, 10, 3))), list(enumerate("ab", -1)))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
data = [("b", 1), ("a", 1), ("c", 0)]
print(sorted(data, key=None), sorted(data, key=lambda t: t[1]))
print(sorted([1, 3, 2], reverse=False), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.casefold))
nums = [5, 3, 8]
print(sorted(nums) is nums, nums)
print(list(enumerate(reversed("xyz"))), list(reversed(list(enumerate("xyz")))))
print(sorted([-1, 1, -2, 2], key=abs), sorted([-1, 1, -2, 2], key=abs, reverse=True))
