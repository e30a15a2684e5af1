# ints: overflow from int64 fast path during loops and accumulations
total = 0
for i in range(100):
    total += 2 ** 62
print("sum:", total)
x = 1
steps = 0
while x < 10 ** 30:
    x *= 3
    steps += 1
print("powers of 3:", steps, x)
y = 2 ** 63 - 10
for _ in range(20):
    y += 1
print("cross int64 max:", y)
z = -(2 ** 63) + 5
for _ in range(10):
    z -= 1
print("cross int64 min:", z)
while z < -(2 ** 63) + 10:
    z += 3
print("back in range:", z)
h = 0
for ch in "conformance":
    h = h * 31 + ord(ch)
print("poly hash:", h, h % (2 ** 32))
m = 1
for k in range(1, 25):
    m = m * k - k
print("mixed:", m)
acc = 0
for k in range(64):
    acc ^= (1 << k) * k
print("xor acc:", acc)
print("neg product:", (-3) ** 41)
