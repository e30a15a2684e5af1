# modules: random: seed then random(), randint, randrange with steps, uniform (exact sequences)
import random
for seed in [0, 1, 42, 12345, 2 ** 64 + 7]:
    random.seed(seed)
    print("seed", seed)
    print("  random:", [random.random() for _ in range(3)])
    print("  randint:", [random.randint(1, 6) for _ in range(8)])
    print("  randrange:", [random.randrange(10) for _ in range(5)], [random.randrange(0, 100, 7) for _ in range(4)])
    print("  randrange neg step:", [random.randrange(50, 0, -5) for _ in range(4)])
    print("  uniform:", [random.uniform(-1, 1) for _ in range(2)], random.uniform(5, 5))
random.seed(99)
a = [random.random() for _ in range(5)]
random.seed(99)
b = [random.random() for _ in range(5)]
print("reproducible:", a == b)
random.seed(-5)
neg = random.random()
random.seed(5)
print("negative seed same as positive:", neg == random.random())
random.seed(7)
print("big randint:", random.randint(0, 10 ** 30), random.randrange(-10 ** 20, 10 ** 20))
print("getrandbits:", random.getrandbits(1), random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
