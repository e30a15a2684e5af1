# functions: LEGB lookup, UnboundLocalError, global vs local, default args snapshot
x = "global x"
def read_global():
    return x
def shadow_local():
    x = "local x"
    return x
def unbound():
    print(x)
    x = "assigned later"
print(read_global(), shadow_local(), x)
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print("counter:", counter)
def aug_without_global():
    counter += 1
try:
    aug_without_global()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    y = 1
    def middle():
        def inner():
            return y
        return inner()
    return middle()
print("enclosing lookup:", outer())
def conditional_local(flag):
    if flag:
        z = "set"
    return z
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def uses_builtin():
    return len("abc"), max(1, 2)
print(uses_builtin())
