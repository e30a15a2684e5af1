# control: for over many iterables, break/continue/else, loop variable after loop
for ch in "abc":
    print(ch, end=" ")
print()
for x in [10, 20, 30]:
    if x == 20:
        continue
    print("x:", x)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for item in []:
    print("never")
else:
    print("for-else on empty iterable")
for i in range(5):
    if i == 3:
        break
else:
    print("not printed")
print("i after break:", i)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for i in range(3):
    i = i * 10
    print("reassigned inside:", i)
total = 0
for x in (1, 2, 3):
    for y in (10, 20):
        if y == 20 and x == 2:
            continue
        total += x * y
print("total:", total)
for _ in range(2):
    print("underscore loop")
