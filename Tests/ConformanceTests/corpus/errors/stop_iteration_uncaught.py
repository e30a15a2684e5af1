# errors: uncaught StopIteration from next() on an exhausted iterator: last line is 'StopIteration'
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(iter([]), "default used"))
try:
    next(iter(()))
except StopIteration:
    print("caught StopIteration")
gen = (x for x in [7])
print(next(gen), next(gen, "exhausted"))
it2 = iter("ab")
print(list(it2), list(it2))
print(next(iter(range(3, 5))))
print(next(it))
