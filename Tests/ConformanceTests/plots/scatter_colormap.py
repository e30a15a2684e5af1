"""scatter(): default colours, per-point sizes, colour lists, numbers through viridis, markers, alpha."""
import random
import matplotlib.pyplot as plt

rng = random.Random(42)
fig, ax = plt.subplots()
xs = [rng.uniform(0, 10) for _ in range(40)]
ys = [x * 0.8 + rng.gauss(0, 1.2) for x in xs]
ax.scatter(xs, ys, label="samples")
ax.scatter([2, 4, 6, 8], [9, 9.5, 10, 10.5], s=[20, 60, 120, 240], c="red", marker="s",
           alpha=0.5, label="sized squares")
heat = [rng.random() for _ in range(15)]
ax.scatter([i * 0.6 for i in range(15)], [-2 + h for h in heat], c=heat, marker="^",
           label="viridis")
ax.scatter([1, 3, 5], [6, 6, 6], c=["#17becf", "m", (0.2, 0.6, 0.2)], marker="D", s=80)
ax.scatter([7, 8, 9], [1, 2, 3], marker="x", c="k", label="crosses")
ax.set_title("Scatter")
ax.set_xlabel("feature")
ax.set_ylabel("target")
ax.legend(loc="upper left")
ax.grid(True, linestyle="--", alpha=0.5)
print(fig._repr_svg_(), end="")
