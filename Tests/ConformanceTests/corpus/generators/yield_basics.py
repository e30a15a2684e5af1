# generators: yield, laziness, exhaustion, generator objects reused
def count_up(n):
    print("  start")
    for i in range(n):
        print("  yielding", i)
        yield i
    print("  done")
g = count_up(3)
print("created, nothing ran yet")
print("next:", next(g))
print("next:", next(g))
print("rest:", list(g))
print("exhausted:", list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration after exhaustion")
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
s = squares()
print([next(s) for _ in range(6)])
print(type(s).__name__)
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 1
    return "result"
    yield 2
print(list(with_return()))
print(sum(x for x in count_up(2)))
