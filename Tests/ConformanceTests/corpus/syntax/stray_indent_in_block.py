# syntax: unexpected indent inside a function body
def f():
    x = 1
        y = 2
    return x
