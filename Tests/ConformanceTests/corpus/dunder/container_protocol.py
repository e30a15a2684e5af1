# dunder: __len__, __getitem__ (int and slice), __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for r in range(self.h):
            yield "".join(self[r, c] for c in range(self.w))
g = Grid(4, 2)
g[0, 1] = "X"
g[1, 3] = "O"
print(len(g), g[0, 1], g[1, 0], "X" in g, "Z" in g)
print(list(g))
del g[0, 1]
print(list(g), "X" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::2], len(s))
print(list(s), "c" in s, "z" in s, list(reversed(s)))
for i, ch in enumerate(s):
    if i > 2:
        break
    print(i, ch)
print(bool(Seq([])), bool(s))
