# generators: chained generator pipelines (grep/map/batch), lazy evaluation order
log = []
def source(lines):
    for line in lines:
        log.append("read " + line)
        yield line
def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line
def upper(lines):
    for line in lines:
        yield line.upper()
def batch(items, n):
    buf = []
    for it in items:
        buf.append(it)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
data = ["error: disk", "ok", "error: net", "warn", "error: cpu", "ok", "error: mem"]
pipe = batch(upper(grep("error", source(data))), 2)
print(next(pipe))
print("log so far:", len(log))
print(list(pipe))
print("log total:", len(log))
def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total
def window(xs, k):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(running_sum(range(1, 6))), list(window(range(6), 3)))
