# classes: name mangling of __private attributes, single underscore convention
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.__pin = 1234
    def check(self, pin):
        return pin == self.__pin
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account("ann", 100)
print(a.owner, a._balance, a.check(1234), a.check(0), a.reveal())
try:
    a.__pin
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__pin, sorted(vars(a)))
try:
    a.__secret()
except AttributeError as e:
    print("AttributeError:", e)
class Child(Account):
    def __init__(self):
        super().__init__("kid", 5)
        self.__pin = 9999
c = Child()
print(sorted(vars(c)), c.check(1234), c._Child__pin)
class Dunder:
    def __init__(self):
        self.__both__ = "not mangled"
print(vars(Dunder()))
