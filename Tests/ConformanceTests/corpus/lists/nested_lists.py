# lists: nested lists, aliasing with *, matrix ops, deep access
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print("comprehension grid:", grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print("aliased grid:", alias)
m = [[1, 2, 3], [4, 5, 6]]
t = [list(row) for row in zip(*m)]
print("transpose:", t)
print("flatten:", [x for row in m for x in row])
print("row sums:", [sum(r) for r in m], "col sums:", [sum(c) for c in zip(*m)])
print("m[1][-1]:", m[1][-1], "m[-1][0]:", m[-1][0])
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep)
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print("deep flatten:", flatten(deep))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print("matmul:", matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
inner = [1, 2]
outer = [inner, inner]
inner.append(3)
print("shared inner:", outer)
print("len nested:", len([[], [[]], [[], []]]), [[]] == [[]])
