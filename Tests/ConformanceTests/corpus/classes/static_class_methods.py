# classes: @staticmethod, @classmethod alternate constructors, cls in subclasses
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
print(Date.from_string("2024-02-29"), Date.epoch())
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), Date(1, 1, 1).is_leap(2023))
class FancyDate(Date):
    pass
print(FancyDate.from_string("1999-12-31"), type(FancyDate.epoch()).__name__)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @classmethod
    def count(cls):
        return len(cls.items)
print(Registry.register("a"), Registry.register("b"), Registry.count())
inst = Registry()
print(inst.count(), inst.register("c"))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["epoch"]).__name__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.instances, SubCounter.instances)
