# generators: close(), finally blocks, GeneratorExit, cleanup when closed early
def resource():
    print("  open")
    try:
        for i in range(5):
            yield i
    finally:
        print("  cleanup")
g = resource()
print(next(g), next(g))
g.close()
print("closed; next ->", next(g, "exhausted"))
g2 = resource()
print(list(g2))
def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
g3 = catches_exit()
next(g3)
g3.close()
print("close on unstarted generator:")
resource().close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
g4 = bad_close()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g5 = resource()
for v in g5:
    if v == 1:
        break
print("after break, generator still suspended; closing explicitly")
g5.close()
g5.close()
print("second close is a no-op")
