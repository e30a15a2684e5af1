# functions: *args and **kwargs collection, forwarding, ordering of kwargs
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, "x", flag=True))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(9, k="v"))
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3))
def mixed(a, b=0, *args, key="k", **extra):
    return (a, b, args, key, extra)
print(mixed(1))
print(mixed(1, 2, 3, 4, key="K", x=10))
print(mixed(*[5, 6, 7], **{"key": "from dict", "y": 0}))
def count_args(*args):
    return len(args)
print(count_args(*range(10)), count_args(*"hello", *[1, 2]))
def takes_dict(**kw):
    kw["added"] = True
    return kw
original = {"a": 1}
print(takes_dict(**original), original)
print("kwargs is a dict:", type(takes_dict()).__name__)
