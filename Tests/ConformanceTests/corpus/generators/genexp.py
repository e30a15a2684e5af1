# generators: generator expressions, laziness, single-use, as function args, nested
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(n > 3 for n in [1, 2, 5]), all(n > 0 for n in [1, -1, 2]))
log = []
def trace(x):
    log.append(x)
    return x
lazy = (trace(x) for x in range(10))
first_big = next(v for v in lazy if v > 2)
print("found", first_big, "evaluated", log)
nested = (sum(row) for row in ((1, 2), (3, 4)))
print(list(nested))
print(dict((k, len(k)) for k in ["aa", "b"]), set(x % 2 for x in range(5)))
print(", ".join(str(n) for n in range(3)))
data = [3, 1, 2]
gen = (x for x in data)
data.append(4)
print(list(gen))
gen2 = (x for x in data)
data = [100]
print(list(gen2))
print(min((abs(x - 5), x) for x in [1, 4, 6, 9]))
