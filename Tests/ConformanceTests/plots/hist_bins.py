"""hist(): default 10 bins, returned counts and edges, explicit edges, range, density, step types,
several datasets side by side."""
import random
import matplotlib.pyplot as plt

rng = random.Random(7)
data = [rng.gauss(50, 10) for _ in range(300)]
other = [rng.gauss(60, 8) for _ in range(200)]
fig, axes = plt.subplots(2, 2, figsize=(8, 6))
counts, edges, patches = axes[0, 0].hist(data)
print([int(c) for c in counts], len(edges), len(patches))
print(round(edges[0], 3), round(edges[-1], 3))
axes[0, 0].set_title("default")
counts, edges, _ = axes[0, 1].hist(data, bins=[20, 40, 45, 50, 55, 60, 80], color="g",
                                    edgecolor="white", label="custom edges")
print(counts, edges)
axes[0, 1].legend()
counts, edges, _ = axes[1, 0].hist(data, bins=15, range=(30, 70), density=True, alpha=0.6,
                                    label="density")
print(round(sum(c * (edges[1] - edges[0]) for c in counts), 6))
axes[1, 0].hist(data, bins=15, range=(30, 70), density=True, histtype="step", color="k",
                label="step")
axes[1, 0].legend(loc="upper left", fontsize="small")
counts, edges, groups = axes[1, 1].hist([data, other], bins=8, label=["a", "b"])
print(len(counts), [int(c) for c in counts[1]], len(groups))
axes[1, 1].legend(title="sets")
print(fig._repr_svg_(), end="")
