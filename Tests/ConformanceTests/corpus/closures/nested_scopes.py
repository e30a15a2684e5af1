# closures: deeply nested functions reading enclosing variables, shadowing at different levels
x = "global"
def a():
    x = "a"
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadow())
def param_closure(y):
    def get():
        return y
    y = y * 2
    return get
print(param_closure(21)())
def class_in_function():
    value = 42
    class Holder:
        def get(self):
            return value
    return Holder().get()
print(class_in_function())
def closure_over_loop_var():
    result = []
    for k in range(3):
        def show():
            return k
        result.append(show)
    k = "rebound"
    return [f() for f in result]
print(closure_over_loop_var())
def comp_sees_enclosing():
    factor = 3
    return [factor * n for n in range(4)]
print(comp_sees_enclosing())
def gen_closure():
    base = 100
    return (base + n for n in range(3))
print(list(gen_closure()))
