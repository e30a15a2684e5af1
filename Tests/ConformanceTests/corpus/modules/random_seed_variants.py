# modules: random: seeding with various integer seeds and None-free reseeding; random() sequences
import random
for seed in [0, 1, 2, 255, 256, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 10 ** 20, 2 ** 100 + 1]:
    random.seed(seed)
    vals = [round(random.random(), 12) for _ in range(2)]
    print(f"seed {seed}: {vals} {random.randint(0, 1000)} {random.randrange(1, 1000, 3)}")
random.seed(True)
t = random.random()
random.seed(1)
print("seed(True) == seed(1):", t == random.random())
random.seed(3)
print(random.random())
random.seed(123)
print([random.randint(-5, 5) for _ in range(12)])
print([random.randrange(-20, -1) for _ in range(6)])
print(random.random() < 1.0, 0 <= random.randint(0, 0) <= 0)
