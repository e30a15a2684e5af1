"""fill_between, text with math, figure text, legend columns, grid toggling, savefig to
sys.stdout at another dpi, and a figure with a non-default size."""
import math
import sys
import matplotlib.pyplot as plt

xs = [i / 20 for i in range(101)]
mean = [math.exp(-x / 2) * math.cos(3 * x) for x in xs]
fig = plt.figure(figsize=(5, 3.5), dpi=80)
ax = fig.add_subplot(1, 1, 1)
ax.fill_between(xs, [m - 0.2 for m in mean], [m + 0.2 for m in mean], alpha=0.3,
                label="$\\pm 1\\sigma$ band")
ax.plot(xs, mean, label="$e^{-x/2} \\cos(3x)$")
ax.fill_between(xs, 0, [max(0.0, m) for m in mean], color="lightgreen", alpha=0.4)
ax.set_xlabel("$\\tau$ (s)")
ax.set_ylabel("signal $\\mu$V")
ax.set_title("Damped & filled", loc="left")
ax.set_title("n=101", loc="right", fontsize=8)
ax.legend(ncols=2, loc="upper center")
ax.grid()
ax.grid()  # toggled off again
ax.grid(True, axis="x", color="#dddddd")
fig.text(0.99, 0.01, "prism", ha="right", va="bottom", fontsize=7, color="gray")
ax.text(2.5, 0.6, "peak\nhere", ha="center")
plt.savefig(sys.stdout, dpi=100)
print("---")
plt.close(fig)
print(plt.get_fignums())
fig, ax = plt.subplots(figsize=(2, 2))
ax.plot([1, 2, 3])
ax.set(title="tiny", xlabel="i", ylabel="v", xlim=(0, 3), ylim=[0, 4])
fig.savefig(sys.stdout, format="svg")
