# closures: late binding in loops, fixing with defaults and factory functions
fs = []
for i in range(4):
    fs.append(lambda: i * 10)
print("late binding:", [f() for f in fs])
fs = [lambda i=i: i * 10 for i in range(4)]
print("default capture:", [f() for f in fs])
def make(i):
    return lambda: i * 10
fs = [make(i) for i in range(4)]
print("factory capture:", [f() for f in fs])
i = 99
gen_fs = [lambda: i for i in range(3)]
print("comprehension scope:", [f() for f in gen_fs])
def build():
    handlers = {}
    for name in ["a", "b", "c"]:
        def handler(name=name):
            return "handled " + name
        handlers[name] = handler
    return handlers
h = build()
print([h[k]() for k in "abc"])
def shared_cell():
    funcs = []
    x = 0
    for _ in range(3):
        x += 1
        funcs.append(lambda: x)
    return [f() for f in funcs]
print("shared cell sees final value:", shared_cell())
