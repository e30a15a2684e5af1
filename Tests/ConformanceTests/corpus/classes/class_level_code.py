# classes: code executed in class body, class body scope, nested classes, class decorators
print("before class")
class Settings:
    print("  executing class body")
    options = ["a", "b"]
    default = options[0]
    count = len(options)
    for _opt in options:
        pass
    upper = [o.upper() for o in ["x", "y"]]
    class Inner:
        level = "inner"
    def method(self):
        return self.Inner.level
print("after class")
print(Settings.default, Settings.count, Settings.upper, Settings.Inner.level, Settings().method())
print(Settings._opt, Settings.Inner.__qualname__)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, role="user"):
        self.name = name
        self.role = role
print(User("ann"), [User("bob", "admin")])
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class One: pass
@register
class Two: pass
print(registry)
