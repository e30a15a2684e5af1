# closures: hand-made partial application and currying with closures
def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        merged = dict(bound_kw)
        merged.update(kwargs)
        return fn(*bound, *args, **merged)
    return call
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), cube_mod(5), two_to(10), two_to(exp=5))
def curry(fn, n):
    def step(*args):
        if len(args) >= n:
            return fn(*args)
        return lambda *more: step(*args, *more)
    return step
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def pipeline(*stages):
    def run(x):
        for s in stages:
            x = s(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
adders = {n: partial(lambda a, b: a + b, n) for n in (1, 10, 100)}
print({k: f(5) for k, f in adders.items()})
