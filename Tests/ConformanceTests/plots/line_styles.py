"""Line keyword arguments (color in every spelling, linestyle, linewidth, marker, markersize,
alpha, marker colours), the marker gallery, and legends at each named location."""
import matplotlib.pyplot as plt

fig, axes = plt.subplots(2, 2, figsize=(10, 7))
ax = axes[0, 0]
colors = ["tab:orange", "#2ca02c", "k", (0.5, 0.2, 0.8), "0.6", "navy", "C9", "#f0a"]
for index, color in enumerate(colors):
    ax.plot([0, 1, 2], [index, index + 0.5, index], color=color, linewidth=1 + index / 2,
            label=str(color))
ax.set_title("colours and widths")
ax.legend(loc="center left", fontsize=8, ncols=2)

ax = axes[0, 1]
styles = ["solid", "dashed", "dashdot", "dotted", "-", "--", "-.", ":"]
for index, style in enumerate(styles):
    line, = ax.plot([0, 10], [index, index], linestyle=style, lw=2, label=style)
print([ln.get_linestyle() for ln in ax.get_lines()], line.get_color(), line.get_linewidth())
ax.set_title("line styles")
ax.legend(loc="upper right", frameon=False, fontsize="x-small")

ax = axes[1, 0]
markers = [".", ",", "o", "v", "^", "<", ">", "s", "p", "*", "h", "D", "d", "+", "x", "|", "_"]
for index, marker in enumerate(markers):
    ax.plot([index], [index % 3], marker=marker, markersize=10, linestyle="None",
            markerfacecolor="w" if index % 2 else None, mec="C3")
ax.set_xlim(-1, len(markers))
ax.set_ylim(-1, 3)
ax.set_title("markers")

ax = axes[1, 1]
for index, loc in enumerate(["upper left", "lower right", "center"]):
    ax.plot([0, 1], [index, index + 1], alpha=0.4 + index * 0.3, marker="o", ms=4,
            label=f"alpha {0.4 + index * 0.3:.1f}")
ax.legend(loc=3, title="Legend title")
ax.set_title("alpha, numbered loc")
print([ln.get_marker() for ln in ax.lines], len(ax.get_legend().get_texts()))
print(fig._repr_svg_(), end="")
