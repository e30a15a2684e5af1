# classes: polymorphism via overriding, abstract-like base raising NotImplementedError, duck typing
import math
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Blob(Shape):
    pass
shapes = [Circle(1), Rect(2, 3.5), Square(4)]
for s in shapes:
    print(s.describe())
print(sorted(shapes, key=lambda s: s.area())[0].describe())
print(round(sum(s.area() for s in shapes), 4))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Duck:
    def sound(self):
        return "quack"
class Robot:
    def sound(self):
        return "beep"
print([x.sound() for x in (Duck(), Robot())])
