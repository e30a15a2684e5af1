# exceptions: StopIteration from next(), default handling, exceptions terminate for loops
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "sentinel"))
def first(iterable):
    try:
        return next(iter(iterable))
    except StopIteration:
        return None
print(first([5, 6]), first([]), first("xyz"), first({}))
total = 0
try:
    for x in [1, 2, "three", 4]:
        total += x
except TypeError as e:
    print("loop aborted:", e, "total so far", total)
results = []
for x in ["1", "two", "3"]:
    try:
        results.append(int(x))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
