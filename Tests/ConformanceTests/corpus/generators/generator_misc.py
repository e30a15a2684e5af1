# generators: enumerate/zip over generators, generator truthiness, len() error, reversed() error
def gen():
    yield from range(3)
print(list(enumerate(gen())), list(zip(gen(), gen())))
g = gen()
print(bool(g))
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    gen()[0]
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(list(gen()))))
def pairs():
    for i in range(3):
        yield i, i * i
d = dict(pairs())
print(d)
x, y, z = gen()
print(x, y, z)
first, *rest = gen()
print(first, rest)
print(sorted(gen(), reverse=True), max(gen()), "-".join(str(v) for v in gen()))
print(list(map(lambda v: v + 1, gen())), list(filter(None, gen())))
