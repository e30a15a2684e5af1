"""xlim/ylim as setters and getters, xticks/yticks with labels and rotation, axhline/axvline, text,
inverted axes, axis("off")."""
import matplotlib.pyplot as plt

months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
sales = [120.5, 98.25, 143, 160.75, 151, 170]
plt.figure(figsize=(7, 4.5))
plt.plot(range(6), sales, "o-", label="sales")
print(plt.xlim(), plt.ylim())
print(plt.xlim(-0.5, 5.5), plt.ylim(bottom=80))
print(plt.ylim())
locs, labels = plt.xticks(range(6), months, rotation=30)
print(locs, labels)
print(plt.yticks())
plt.axhline(150, color="r", linestyle="--", label="target")
plt.axvline(2.5, ymin=0.1, ymax=0.9, color="gray", lw=1)
plt.text(2.6, 90, "mid-year", color="gray", fontsize=9)
plt.text(0.02, 0.95, "top-left <note> & \"quotes\"", transform=plt.gca().transAxes, va="top")
plt.title("Limits and ticks")
plt.legend(loc="lower right")
plt.grid(axis="y")
print(plt.gcf()._repr_svg_(), end="")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(6, 3))
ax1.plot([0, 10], [0, 100])
ax1.set_xlim((10, 0))
ax1.invert_yaxis()
print(ax1.get_xlim(), ax1.get_ylim())
ax1.set_yticks([0, 25, 50, 75, 100])
ax1.set_xticks([0, 2.5, 5, 7.5, 10])
print(ax1.get_xticklabels(), ax1.get_yticklabels())
ax2.plot([1, 2], [1, 2])
ax2.axis("off")
ax2.set_title("axis off")
print(fig._repr_svg_(), end="")
