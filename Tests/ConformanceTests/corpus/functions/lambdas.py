# functions: lambdas: immediate call, defaults, closures in lambdas, sorting keys, conditional
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=2: a * b)(5))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(square.__name__, (lambda: 0).__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
classify = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([classify(n) for n in (-2, 0, 5)])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(6)(7))
