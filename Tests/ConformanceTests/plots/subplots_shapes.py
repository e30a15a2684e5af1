"""subplots() shapes: 1x1 gives an Axes, one row or column a 1-D array, squeeze=False always 2-D;
plt.subplot() and Figure.add_subplot() with spans."""
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
print(type(ax).__name__, ax)
fig, row = plt.subplots(1, 3)
print(row.shape, row.ndim, [type(a).__name__ for a in row])
fig, column = plt.subplots(3, 1)
print(column.shape, column[2] is column[-1])
fig, grid = plt.subplots(1, 2, squeeze=False)
print(grid.shape, grid[0, 1] is grid[0][1], grid.reshape(-1).shape)
try:
    grid[1, 0]
except IndexError as error:
    print("IndexError:", error)
plt.close("all")

plt.figure(figsize=(6, 6))
top = plt.subplot(2, 1, 1)
plt.plot([1, 2, 3], [3, 1, 2], "m-s")
plt.title("subplot(2, 1, 1)")
plt.subplot(223)
plt.bar([1, 2, 3], [2, 4, 1], color="y")
plt.title("subplot(223)")
right = plt.gcf().add_subplot(2, 2, 4)
right.plot([0, 1], [1, 0])
right.set_title("add_subplot(2, 2, 4)")
print(plt.subplot(2, 1, 1) is top, plt.gca() is top)
wide = plt.figure().add_subplot(2, 3, (4, 6))
print(wide.get_subplotspec())
plt.close()
plt.figure(1)
plt.tight_layout()
print(plt.gcf()._repr_svg_(), end="")
