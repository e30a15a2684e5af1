# modules: random: gauss, normalvariate, expovariate, triangular, betavariate-free; Random instances
import random
random.seed(3)
print("gauss:", [random.gauss(0, 1) for _ in range(4)])
print("gauss mu/sigma:", [random.gauss(100, 15) for _ in range(2)])
print("normalvariate:", [random.normalvariate(0, 1) for _ in range(3)])
print("expovariate:", [random.expovariate(1.5) for _ in range(3)])
print("triangular:", [random.triangular(0, 10, 3) for _ in range(3)])
r1 = random.Random(11)
r2 = random.Random(11)
print("instances agree:", [r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
r3 = random.Random(11)
print("instance values:", [r3.randint(0, 99) for _ in range(6)])
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print("state restored:", x == [random.random() for _ in range(3)])
random.seed(1)
walk = 0
path = []
for _ in range(15):
    walk += random.choice([-1, 1])
    path.append(walk)
print("random walk:", path)
random.seed(8)
counts = {}
for _ in range(1000):
    k = random.randint(1, 3)
    counts[k] = counts.get(k, 0) + 1
print("counts:", dict(sorted(counts.items())))
