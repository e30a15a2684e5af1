# classes: super() in various methods: classmethods, properties via super, two-argument super
class Base:
    def __init__(self, x):
        self.x = x
    def value(self):
        return self.x
    @classmethod
    def make(cls, x):
        return cls(x)
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x})"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def value(self):
        return super().value() * 10 + self.y
    @classmethod
    def make(cls, x):
        obj = cls(x, 0)
        return obj
class Grand(Child):
    def value(self):
        return super(Child, self).value()
c = Child(1, 2)
print(c.value(), Child.make(5), Child.make(5).value())
g = Grand(3, 4)
print(g.value(), super(Grand, g).value())
class Logger:
    def log(self, msg):
        return [f"Logger: {msg}"]
class Timestamped(Logger):
    def log(self, msg):
        return super().log(f"[t] {msg}")
class Tagged(Timestamped):
    def log(self, msg):
        return super().log(f"<tag> {msg}") + ["done"]
print(Tagged().log("hello"))
print(repr(Base.make(9)), repr(Grand(0, 0)))
