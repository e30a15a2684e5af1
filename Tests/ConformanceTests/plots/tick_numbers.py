"""Tick values and labels: round steps, common decimals, no float noise, negative numbers with a
minus sign, large and tiny ranges with a 1eN offset, single points and empty axes."""
import matplotlib.pyplot as plt

cases = [
    ([0, 1], [0, 1]),
    ([0.1, 0.3], [-0.3, 0.7]),
    ([-2.3, -1.1], [1e6, 3.3e6]),
    ([0, 1e-6], [5, 5]),
    ([1999, 2024], [0.001, 0.0012]),
    ([-1000, 250], [42, 42.5]),
]
fig, axes = plt.subplots(3, 2, figsize=(8, 8))
for ax, (xs, ys) in zip(axes.flat, cases):
    ax.plot(xs, ys, "-o")
    print(ax.get_xticklabels())
    print(ax.get_yticklabels())
    print([round(v, 12) for v in ax.get_xlim()], [round(v, 12) for v in ax.get_ylim()])
fig.tight_layout()
print(fig._repr_svg_(), end="")
empty = plt.figure(figsize=(3, 2))
ax = empty.add_subplot()
print(ax.get_xlim(), ax.get_xticklabels())
print(empty._repr_svg_(), end="")
