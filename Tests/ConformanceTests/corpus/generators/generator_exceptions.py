# generators: exceptions raised inside generators, throw(), exceptions propagating to consumer
def risky():
    yield 1
    raise ValueError("bad value inside generator")
    yield 2
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print("after error:", next(g, "exhausted"))
def resilient():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            yield f"handled {e}"
r = resilient()
print(next(r))
print(r.throw(KeyError("k")))
print(next(r))
def not_handling():
    yield 1
    yield 2
n = not_handling()
next(n)
try:
    n.throw(IndexError("thrown in"))
except IndexError as e:
    print("propagated:", e)
print(next(n, "dead"))
def divide_all(nums, d):
    for x in nums:
        yield x / d
try:
    print(list(divide_all([1, 2], 0)))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def gen_with_finally():
    try:
        yield 1
        1 / 0
    finally:
        print("  finally in generator")
try:
    for v in gen_with_finally():
        print("value", v)
except ZeroDivisionError:
    print("error reached consumer")
