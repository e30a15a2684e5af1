# modules: random: choice, choices with weights and k, shuffle, sample (exact sequences)
import random
random.seed(2024)
colors = ["red", "green", "blue", "yellow", "black"]
print("choice:", [random.choice(colors) for _ in range(6)])
print("choice str:", "".join(random.choice("abcdef") for _ in range(10)))
print("choices k=5:", random.choices(colors, k=5))
print("choices weights:", random.choices(colors, weights=[10, 1, 1, 1, 1], k=8))
print("choices cum_weights:", random.choices("xyz", cum_weights=[1, 2, 10], k=6))
deck = list(range(10))
random.shuffle(deck)
print("shuffle:", deck)
random.shuffle(deck)
print("shuffle again:", deck)
print("sample:", random.sample(range(100), 5), random.sample(colors, 3), random.sample("abc", 3))
print("sample all:", random.sample(colors, len(colors)))
random.seed(0)
letters = list("abcdefghij")
random.shuffle(letters)
print("seed 0 shuffle:", "".join(letters))
print("seed 0 sample:", random.sample(range(1000), 4))
print("choices default k:", random.choices([1, 2, 3]))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
