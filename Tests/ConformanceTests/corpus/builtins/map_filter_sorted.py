# builtins: map with multiple iterables, filter with None and functions, sorted with key/reverse
print(list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(str.upper, "abc")), list(map(len, ["", "ab", "abc"])))
print(list(map(int, "123")), list(map(float, ["1.5", "2"])))
print(list(filter(None, [0, "", None, 1, "a", [], [0]])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(sorted([3, -1, 2], key=abs), sorted("Hello World", key=str.lower))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), ()]))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted("cba", reverse=True))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
