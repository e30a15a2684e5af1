# closures: two closures sharing one cell, closures surviving their frame, generator + closure
def pair():
    shared = 0
    def get():
        return shared
    def put(v):
        nonlocal shared
        shared = v
    return get, put
get, put = pair()
print(get())
put("new value")
print(get())
get2, put2 = pair()
put2(123)
print(get(), get2())
def make_logger(prefix):
    lines = []
    def log(msg):
        lines.append(f"[{prefix}] {msg}")
    def dump():
        return "\n".join(lines)
    return log, dump
log, dump = make_logger("app")
log("start")
log("work")
print(dump())
def countdown_closure(n):
    def gen():
        nonlocal n
        while n > 0:
            yield n
            n -= 1
    return gen, lambda: n
g, peek = countdown_closure(3)
it = g()
print(next(it), peek())
print(list(it), peek())
