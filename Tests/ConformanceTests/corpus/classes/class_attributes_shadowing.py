# classes: mutable class attributes shared across instances, instance shadowing, attribute lookup order
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print("shared class list:", a.items, b.items, Bag.items)
class SafeBag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = SafeBag(), SafeBag()
c.add(1)
d.add(2)
print("per-instance:", c.items, d.items)
class Config:
    debug = False
    level = 1
cfg = Config()
cfg.debug = True
print(cfg.debug, Config.debug, "debug" in vars(cfg), "level" in vars(cfg))
cfg.level += 5
print(cfg.level, Config.level)
class Method:
    def hello(self):
        return "class method"
m = Method()
m.hello = lambda: "instance attribute shadows method"
print(m.hello(), Method().hello())
print(getattr(m, "missing", "default"), hasattr(m, "hello"))
setattr(m, "dynamic", 123)
print(m.dynamic, sorted(vars(m)))
delattr(m, "dynamic")
print(hasattr(m, "dynamic"))
