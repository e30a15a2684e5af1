"""plot() call forms and format strings: y only, x and y, "r--", "o", "b-o", "g:", several groups."""
import math
import matplotlib.pyplot as plt

xs = [i * 0.25 for i in range(21)]
plt.plot([3, 1, 4, 1, 5, 9, 2, 6])
plt.plot(xs, [math.sqrt(x) for x in xs], "r--", label="sqrt")
plt.plot(xs[::4], [x / 2 for x in xs[::4]], "o", label="half")
plt.plot([0, 1, 2, 3], [8, 7, 7.5, 6], "b-o", label="b-o")
plt.plot([0, 5], [0.5, 0.5], "g:", [0, 5], [9, 9], "k-.", label="guides")
plt.plot([1, 2, 3], [2, 3, 2], "C4^-", label="C4^-")
plt.title("Format strings")
plt.xlabel("x")
plt.ylabel("y")
plt.legend()
print(plt.gcf()._repr_svg_(), end="")
