# errors: uncaught TypeError "'int' object is not iterable" from unpacking a number
def total_of(values):
    total = 0
    for v in values:
        total += v
    return total
print(total_of([1, 2]))
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print("caught:", e)
print(total_of(range(5)), total_of({1: "a", 2: "b"}), total_of((x for x in [3])))
try:
    iter(None)
except TypeError as e:
    print("caught:", e)
print(total_of(12))
