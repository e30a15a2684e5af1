# errors: uncaught 'integer division or modulo by zero' from // inside a helper
def buckets(n, size):
    return n // size
def plan(total, sizes):
    out = []
    for s in sizes:
        out.append(buckets(total, s))
        print("size", s, "->", out[-1])
    return out
print("planning")
print(divmod(100, 7), -100 // 7, 100 // -7)
try:
    buckets(1, 0)
except ZeroDivisionError as e:
    print("caught:", e)
plan(100, [7, 3, 1, 0, 5])
