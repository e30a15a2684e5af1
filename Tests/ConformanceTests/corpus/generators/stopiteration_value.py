# generators: return value carried by StopIteration.value, manual iteration protocol
def gen():
    yield "a"
    return 42
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, "args:", e.args)
def no_value():
    yield 1
g = no_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def delegator():
    v = yield from gen()
    yield f"got {v}"
print(list(delegator()))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(iter([]))
except StopIteration as e:
    print("empty iterator:", repr(e))
def uses_stopiteration():
    yield 1
    raise StopIteration("inside generator")
try:
    list(uses_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e)
