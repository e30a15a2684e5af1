"""bar() and barh() with category names, stacked bars via bottom, colour lists, edge colours."""
import matplotlib.pyplot as plt

fruits = ["apples", "pears", "plums", "figs"]
this_year = [23, 17, 35, 8]
last_year = [20, 22, 30, 12]
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 4))
left.bar(fruits, last_year, label="last year", color="#bbbbbb", edgecolor="k")
left.bar(fruits, this_year, bottom=last_year, label="this year")
left.set_ylabel("boxes")
left.set_title("Stacked")
left.legend()
bars = right.barh(["north", "south", "east"], [5, -2, 3.5], color=["C0", "C3", "C2"])
right.axvline(0, color="black", linewidth=0.8)
right.set_title("Horizontal & negative")
print(len(bars), [round(b.get_width(), 2) for b in bars], [round(b.get_y(), 2) for b in bars])
print(left.get_xticklabels())
fig.tight_layout()
print(fig._repr_svg_(), end="")
