# closures: UnboundLocalError in closures without nonlocal, nonlocal vs global interplay
def broken_counter():
    count = 0
    def inc():
        count += 1
        return count
    return inc
try:
    broken_counter()()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
g = "global g"
def outer():
    g = "outer g"
    def use_global():
        global g
        return g
    def use_nonlocal():
        nonlocal g
        g = "modified outer g"
        return g
    return use_global(), use_nonlocal(), g
print(outer())
print(g)
def read_then_assign():
    v = 1
    def inner():
        w = v + 1
        return w
    return inner()
print(read_then_assign())
def del_in_closure():
    item = "temporary"
    def peek():
        return item
    del item
    try:
        return peek()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_in_closure())
