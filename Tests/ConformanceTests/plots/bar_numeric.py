"""Numeric bars: widths, align="edge", tick_label, negative heights, per-bar colours; histogram
options: horizontal, cumulative, weights, stepfilled."""
import matplotlib.pyplot as plt

fig, axes = plt.subplots(2, 2, figsize=(9, 7))
ax = axes[0][0]
bars = ax.bar([1, 2, 3, 4], [3, -1.5, 2.25, 4], width=[0.5, 0.8, 0.3, 0.6],
              color=["r", "g", "b"], tick_label=["one", "two", "three", "four"])
print([(round(b.get_x(), 2), b.get_height()) for b in bars], bars.patches[2].get_facecolor())
ax.axhline(0, color="k", lw=0.8)
ax.set_title("widths, colours, tick labels")

ax = axes[0][1]
ax.bar(range(5), [5, 3, 6, 2, 4], width=1.0, align="edge", edgecolor="white", linewidth=2,
       label="edge aligned")
ax.barh([1.5, 3.5], [2, 4], height=0.4, left=[0.5, 1], color="orange", alpha=0.7,
        label="barh")
ax.legend(loc="upper right")
ax.set_title("align edge + barh")

ax = axes[1][0]
values = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5]
counts, edges, patches = ax.hist(values, bins=5, orientation="horizontal", color="purple")
print(counts, edges, [round(p.get_width(), 1) for p in patches])
ax.set_title("horizontal")

ax = axes[1][1]
counts, edges, _ = ax.hist(values, bins=5, cumulative=True, histtype="stepfilled", alpha=0.5,
                           label="cumulative")
print(counts)
counts, edges, _ = ax.hist(values, bins=5, weights=[0.5] * len(values), label="weighted",
                           histtype="barstacked", rwidth=0.5)
print(counts)
counts, _, _ = ax.hist(values, bins=5, density=True, cumulative=True, histtype="step", lw=2,
                       color="k", label="cdf")
print(counts)
ax.legend()
ax.set_title("cumulative / weights")
print(fig._repr_svg_(), end="")
