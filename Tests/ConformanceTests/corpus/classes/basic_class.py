# classes: __init__, instance attributes, methods, class attributes vs instance attributes
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} ({self.age}) knows {', '.join(self.tricks) or 'nothing'}"
a = Dog("Rex", 3)
b = Dog("Fido")
a.add_trick("sit").add_trick("roll")
print(a.describe())
print(b.describe())
print(Dog.count, a.count, b.species)
b.species = "wolf?"
print(a.species, b.species, Dog.species)
del b.species
print("after del instance attr:", b.species)
Dog.species = "changed on class"
print(a.species, b.species)
print(type(a).__name__, a.__class__.__name__, type(a) is Dog, isinstance(a, Dog))
print(Dog.__name__, Dog.__qualname__, Dog)
print(sorted(vars(a)), a.__dict__["name"])
c = Dog("Solo")
print(Dog.count)
