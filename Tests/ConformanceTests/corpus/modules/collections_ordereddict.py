# modules: collections.OrderedDict: move_to_end, popitem(last=False), equality semantics, 3.11 repr
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print("move b to end:", od)
od.move_to_end("c", last=False)
print("move c to front:", od)
print("popitem last:", od.popitem(), od)
print("popitem first:", od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, od2 == dict(od3), dict(od2) == dict(od3))
print(OrderedDict(), OrderedDict(a=1), list(OrderedDict.fromkeys("abc")))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od2.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print("lru keys:", list(lru))
print(list(reversed(od2)), od2 | {"z": 0})
