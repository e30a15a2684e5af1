# control: equivalence of loops and comprehensions with conditions and nested loops
result = []
for x in range(4):
    for y in range(x):
        if (x + y) % 2:
            result.append((x, y))
print(result == [(x, y) for x in range(4) for y in range(x) if (x + y) % 2], result)
words = ["alpha", "beta", "gamma", "delta"]
lens = {}
for w in words:
    if "a" in w[1:]:
        lens[w] = len(w)
print(lens == {w: len(w) for w in words if "a" in w[1:]}, lens)
flags = []
for n in range(6):
    flags.append("even" if n % 2 == 0 else "odd")
print(flags)
acc = 0
for n in range(1, 11):
    if n % 3 == 0:
        continue
    if n > 8:
        break
    acc += n
print("acc:", acc)
