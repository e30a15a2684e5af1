# classes: multiple inheritance, diamond, MRO via __mro__ and mro(), cooperative super()
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__mro__[1] is B, len(D.mro()))
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.extra()}"
    def extra(self):
        return "mixin extra"
class Thing:
    def extra(self):
        return "thing extra"
class Combo(Mixin, Thing):
    pass
class Combo2(Thing, Mixin):
    pass
print(Combo().describe(), "|", Combo2().describe())
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(D.__mro__)
