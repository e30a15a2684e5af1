"""subplots(): 2-D grids indexed like numpy object arrays, shared axes, suptitle, tight_layout."""
import math
import matplotlib.pyplot as plt

fig, axes = plt.subplots(2, 3, figsize=(9, 5), sharex=True, sharey="row")
print(type(axes).__name__, axes.shape, len(axes), axes.size, len(axes.flat), len(axes.ravel()))
print(axes[0][1] is axes[0, 1], axes[1, -1] is axes.flat[-1], axes[:, 0].shape, axes[1].shape)
for row in axes:
    print(len(row), [type(ax).__name__ for ax in row])
for index, ax in enumerate(axes.flat):
    k = index + 1
    xs = [i / 10 for i in range(0, 41)]
    ax.plot(xs, [math.sin(k * x) * (1 + index // 3) for x in xs], color=f"C{index}")
    ax.set_title(f"k = {k}")
for ax in axes[1, :]:
    ax.set_xlabel("t")
for ax in axes[:, 0]:
    ax.set_ylabel("amplitude")
print(axes[0, 0].get_xlim() == axes[1, 2].get_xlim(), axes[0, 0].get_ylim() == axes[0, 2].get_ylim())
print(axes[0, 0].get_ylim() == axes[1, 0].get_ylim())
fig.suptitle("Six waves")
fig.tight_layout()
print(fig._repr_svg_(), end="")
