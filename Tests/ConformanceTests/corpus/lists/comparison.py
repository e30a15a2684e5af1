# lists: comparison operators (lexicographic), equality with other types, membership
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] == (1, 2), [] == [])
print([[1, 2], [3]] < [[1, 2], [4]], [1, [2, 3]] == [1, [2, 3]])
print([1, 2, 3] <= [1, 2, 3], [1, 2, 3] >= [1, 2], max([[1, 2], [1, 3], [0, 9]]))
print(2 in [1, 2, 3], [2] in [1, 2, 3], [2] in [[2], 3], 4 not in [1, 2])
print(1.0 in [1], True in [1], "1" in [1])
print([1, 2] * 2 == [1, 2, 1, 2], [0] * 3, [[0] * 2] * 2)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, "b"], [1, "a"] == [1, "a"])
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], nan in [nan])
print(sorted([[3], [1, 2], [1], []]))
print(min([[2, 0], [1, 5], [1, 4]]), max(["b"], ["a", "z"]))
