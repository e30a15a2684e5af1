# errors: uncaught NotImplementedError from an abstract-like base method
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
try:
    Shape().area()
except NotImplementedError as e:
    print("caught:", e)
print(issubclass(NotImplementedError, RuntimeError))
for shape in [Square(3), Blob()]:
    print(type(shape).__name__, shape.area())
