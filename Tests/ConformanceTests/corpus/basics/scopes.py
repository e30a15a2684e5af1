# basics: global scope, local scope, shadowing, global statement, builtins shadowing
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print("counter:", counter)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def reads_global():
    return x
print("reads global:", reads_global())
def outer():
    y = "enclosing"
    def inner():
        return y
    return inner()
print(outer())
def make_global():
    global created_later
    created_later = 42
make_global()
print("created_later:", created_later)
len_backup = len
def len(obj):
    return "shadowed!"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
for i in range(3):
    pass
print("loop var leaks:", i)
lst = [j for j in range(5)]
try:
    j
except NameError as e:
    print("comprehension var does not leak:", e)
if True:
    block_var = "visible"
print("block scope:", block_var)
