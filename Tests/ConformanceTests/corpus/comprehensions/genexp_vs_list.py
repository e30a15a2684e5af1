# comprehensions: generator expression vs list comprehension behaviors
data = [1, 2, 3, 4]
lc = [x * 2 for x in data]
ge = (x * 2 for x in data)
print(lc, type(ge).__name__)
print(sum(ge), sum(ge))
print(sum(x for x in data if x > 1), max((x for x in data), default=0), max((x for x in []), default="empty"))
print(list(x for x in "abc"), tuple(x for x in range(3)), set(x % 2 for x in data))
print(sorted(x for x in data), "".join(c for c in "abc" if c != "b"))
order = []
def v(x):
    order.append(x)
    return x
any(v(x) > 1 for x in data)
print("any stops early:", order)
order.clear()
any([v(x) > 1 for x in data])
print("list evaluates all:", order)
gen = (x for x in data)
print(next(gen), list(gen))
print(list(zip((i for i in range(3)), (c for c in "xyz"))))
