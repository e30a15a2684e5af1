# errors: uncaught TypeError from sorting mixed types
def sort_values(values):
    return sorted(values)
print(sort_values([3, 1, 2]))
print(sort_values(["b", "a"]))
try:
    None < 1
except TypeError as e:
    print("caught:", e)
print(sort_values([2.5, 1, True]), sort_values([(1, "b"), (1, "a")]))
print(sort_values([]))
print(sort_values("cba"), sort_values({3: 0, 1: 0}))
print(1 < 2.5, "a" < "b", [1] < [1, 0])
print(sorted([[2], [1, 5]]), sort_values([None]))
print(sort_values([1, "a"]))
