# lists: sort and sorted with key/reverse, stability, mixed types error
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True))
nums.sort()
print("in place:", nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=len, reverse=True))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print("by age (stable):", sorted(people, key=lambda p: p[1]))
print("by age desc (stable):", sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print("multi-pass:", sorted(by_name, key=lambda p: p[1]))
print(sorted([3, 1, 2], key=lambda x: -x))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1].sort()
except TypeError as e:
    print("TypeError:", e)
empty = []
empty.sort()
print(empty, sorted([]), sorted([42]))
print(sorted([0.5, -1, 2, True, False]))
lst = [3, 1, 2]
result = lst.sort(reverse=True)
print(result, lst)
