# control: breaking out of nested loops with flags, for-else, and functions with return
target = 12
found = None
for i in range(1, 6):
    for j in range(1, 6):
        if i * j == target:
            found = (i, j)
            break
    if found:
        break
print("flag approach:", found)
for i in range(1, 6):
    for j in range(1, 6):
        if i * j == target:
            break
    else:
        continue
    break
print("for-else approach:", i, j)
def find(t):
    for i in range(1, 6):
        for j in range(1, 6):
            if i * j == t:
                return i, j
    return None
print("return approach:", find(12), find(7))
pairs = []
for a in range(4):
    for b in range(a):
        if (a + b) % 2:
            continue
        pairs.append((a, b))
print(pairs)
count = 0
for x in range(3):
    for y in range(3):
        for z in range(3):
            if x == y == z:
                count += 1
print("diagonal count:", count)
