# comprehensions: scoping rules: own scope, first iterable evaluated in enclosing scope, class bodies
x = 10
result = [x for x in range(3)]
print(result, "x unchanged:", x)
n = 3
print([n * i for i in range(n)])
def f():
    k = 2
    return [k * i for i in range(3)], {i: k for i in range(2)}, list(k + i for i in range(2))
print(f())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    total = sum(v for v in values)
print(C.doubled, C.total)
class D:
    factor = 10
    try:
        scaled = [factor * v for v in range(3)]
    except NameError as e:
        scaled = str(e)
print(D.scaled)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
nested = [[i + j for j in range(i)] for i in range(4)]
print(nested)
print([(i, j) for i in range(3) for j in range(i, 3)])
