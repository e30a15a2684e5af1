# functions: decorators without arguments, stacking order, functools.wraps preserving metadata
import functools
def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
def exclaim(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs) + "!"
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return "hello " + name
@exclaim
@shout
def bye(name):
    return "bye " + name
@shout
@exclaim
def hey(name):
    return "hey " + name
print(hello("ann"), bye("ben"), hey("cy"))
print(hello.__name__, hello.__doc__, bye.__name__, hey.__name__)
print(hello.__wrapped__("raw"))
calls = []
def trace(func):
    def inner(*args):
        calls.append(f"enter {func.__name__}{args}")
        result = func(*args)
        calls.append(f"exit {func.__name__} -> {result}")
        return result
    return inner
@trace
def add(a, b):
    return a + b
add(2, 3)
print(calls)
def register(registry):
    def deco(func):
        registry[func.__name__] = func
        return func
    return deco
plugins = {}
@register(plugins)
def alpha():
    return "a"
@register(plugins)
def beta():
    return "b"
print(sorted(plugins), plugins["beta"]())
