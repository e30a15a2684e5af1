# closures: decorators keeping per-function state in closures (call counts, timing-free logging)
def counted(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = lambda: calls
    return wrapper
@counted
def f(x):
    return x + 1
@counted
def g():
    return "g"
for i in range(3):
    f(i)
g()
print("f calls:", f.calls(), "g calls:", g.calls())
def once(fn):
    done = False
    result = None
    def wrapper(*args):
        nonlocal done, result
        if not done:
            result = fn(*args)
            done = True
        return result
    return wrapper
@once
def init(v):
    print("  initializing with", v)
    return v * 2
print(init(5), init(6), init(7))
def limit(n):
    def deco(fn):
        remaining = n
        def wrapper(*a):
            nonlocal remaining
            if remaining == 0:
                return "limit reached"
            remaining -= 1
            return fn(*a)
        return wrapper
    return deco
@limit(2)
def ping():
    return "pong"
print([ping() for _ in range(4)])
