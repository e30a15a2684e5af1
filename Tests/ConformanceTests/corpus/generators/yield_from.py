# generators: yield from delegating to sub-generators and iterables, return value propagation
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("  inner returned:", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
def tree(depth, label="r"):
    yield label
    if depth:
        yield from tree(depth - 1, label + "L")
        yield from tree(depth - 1, label + "R")
print(list(tree(2)))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1], (2, 3), {4: "x"}, "5")))
def passthrough():
    got = yield from echo()
    yield f"final {got}"
def echo():
    received = yield "ready"
    while received != "stop":
        received = yield f"echo {received}"
    return "stopped"
p = passthrough()
print(next(p), p.send("a"), p.send("b"), p.send("stop"))
