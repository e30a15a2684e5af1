# basics: del of names, list items, slices, dict keys, attributes
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print("del lst[0]:", lst)
del lst[-1]
print("del lst[-1]:", lst)
del lst[1:3]
print("del lst[1:3]:", lst)
del lst[::2]
print("del lst[::2]:", lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print("del d['b']:", d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    pass
o = Obj()
o.attr = 5
print("has attr:", hasattr(o, "attr"))
del o.attr
print("after del:", hasattr(o, "attr"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("after del a, b:", e)
nested = [[1, 2], [3, 4]]
del nested[1][0]
print("nested del:", nested)
