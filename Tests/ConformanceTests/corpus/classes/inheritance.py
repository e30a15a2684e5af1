# classes: single inheritance, overriding, super() calls, isinstance/issubclass
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak().lower() + "!"
    def intro(self):
        return super().intro() + f" (with {self.toy})"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", "ball")]:
    print(a.intro())
p = Puppy("Bit", "ball")
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, (int, Dog)), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Dog, (int, Animal)))
print(issubclass(bool, int), issubclass(int, object), isinstance(Dog, type))
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    greeting = "hello"
class Child(Base):
    pass
print(Child.greeting, Child().greeting, hasattr(Child, "greeting"))
Base.greeting = "changed"
print(Child.greeting)
