"""The remaining module-level pyplot functions on the current figure and axes: hist, barh,
fill_between, suptitle, subplots_adjust, sca, cla, axis, and title locations."""
import random
import matplotlib.pyplot as plt

rng = random.Random(3)
plt.figure(figsize=(8, 6))
plt.subplot(2, 2, 1)
counts, edges, patches = plt.hist([rng.expovariate(0.5) for _ in range(200)], bins=12,
                                  color="teal", edgecolor="black", linewidth=0.5)
print(sum(counts), len(edges), type(patches).__name__)
plt.title("plt.hist", loc="left")
plt.subplot(2, 2, 2)
plt.barh(["alpha", "beta", "gamma"], [3, 7, 5], color="C1", label="score")
plt.legend(loc="lower right")
plt.title("plt.barh")
third = plt.subplot(2, 2, 3)
xs = list(range(10))
plt.fill_between(xs, [x * 0.5 for x in xs], [x * 0.8 + 1 for x in xs], color="orchid",
                 alpha=0.5, label="band")
plt.plot(xs, [x * 0.65 + 0.5 for x in xs], "k--", lw=1)
print(plt.axis())
plt.axis([0, 9, 0, 9])
plt.title("plt.fill_between")
fourth = plt.subplot(2, 2, 4)
plt.plot([1, 2, 3], [1, 4, 9])
plt.cla()
print(len(fourth.lines), fourth.get_xlim())
plt.scatter([1, 2, 3], [3, 2, 1], marker="*", s=150, c="gold", edgecolors="k")
plt.axis("off")
plt.title("after cla, axis off", loc="right")
plt.sca(third)
plt.xlabel("x (on the third axes)")
plt.suptitle("Module-level functions", fontsize="x-large")
plt.subplots_adjust(left=0.08, right=0.97, bottom=0.1, top=0.88, wspace=0.3, hspace=0.35)
print(plt.gca() is third, plt.gcf().get_suptitle())
print(plt.gcf()._repr_svg_(), end="")
