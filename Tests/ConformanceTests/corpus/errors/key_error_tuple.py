# errors: uncaught KeyError whose key is a tuple (message shows the tuple repr)
grid = {(0, 0): "start", (1, 0): "road"}
def cell(x, y):
    return grid[x, y]
print(cell(0, 0))
print(cell(1, 0))
try:
    grid[(5, 5)]
except KeyError as e:
    print("caught:", e, e.args)
grid[2, 2] = "lake"
print(cell(2, 2), len(grid), (0, 0) in grid)
print(grid.get((9, 9), "none"), sorted(grid))
print(cell(1, 0).upper())
print(cell(2, 3))
