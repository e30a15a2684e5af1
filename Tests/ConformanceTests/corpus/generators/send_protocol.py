# generators: send(), priming with next, running averages, send(None) equivalence
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print("sent", v, "avg", avg.send(v))
def accumulate():
    acc = []
    while True:
        item = yield list(acc)
        if item is None:
            break
        acc.append(item)
    yield "finished with " + str(len(acc))
g = accumulate()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
try:
    g.send("x")
except StopIteration:
    print("StopIteration")
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def doubler():
    x = yield
    while True:
        x = yield x * 2
d = doubler()
next(d)
print([d.send(i) for i in range(5)])
