# builtins: slice() objects, their attributes, indices(), using them on lists and strings
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], "abcdefg"[s], data[slice(3)], data[slice(None, None, -1)])
print(slice(-3, None).indices(10), slice(None, None, -1).indices(5), slice(2, 100).indices(6))
print(slice(1, 2) == slice(1, 2), slice(1) == slice(None, 1))
evens = slice(0, None, 2)
print(data[evens], "python"[evens])
data[slice(0, 2)] = ["a", "b"]
print(data)
del data[slice(2, 8, 3)]
print(data)
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[:], sh[..., 1])
