# functions: decorators with arguments, class-based decorator, decorator counting calls
import functools
def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4), roll.__name__)
def prefix(p="> "):
    def deco(func):
        def wrapper(*a):
            return p + func(*a)
        return wrapper
    return deco
@prefix()
def line1():
    return "default prefix"
@prefix("## ")
def line2():
    return "custom prefix"
print(line1(), "|", line2())
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.func(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.count)
def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def validate(**types):
    def deco(func):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return func(**kwargs)
        return wrapper
    return deco
@validate(n=int, s=str)
def combine(n, s):
    return s * n
print(combine(n=2, s="ab"))
try:
    combine(n="2", s="ab")
except TypeError as e:
    print("TypeError:", e)
