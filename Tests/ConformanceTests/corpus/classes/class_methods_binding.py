# classes: bound vs unbound methods, method objects, calling via class, storing methods
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
bound = g.greet
print(bound("Bob"), Greeter.greet(g, "Cy"))
print(bound.__self__ is g, bound.__func__ is Greeter.greet, bound.__name__)
methods = [Greeter("X").greet, Greeter("Y").greet]
print([m("Z") for m in methods])
print(list(map(Greeter("M").greet, ["a", "b"])))
print(g.greet == g.greet, g.greet == Greeter("other").greet)
unbound = Greeter.greet
print(type(unbound).__name__, type(bound).__name__)
class Calc:
    def __init__(self):
        self.ops = {"double": self.double, "neg": self.neg}
    def double(self, x):
        return 2 * x
    def neg(self, x):
        return -x
    def run(self, name, x):
        return self.ops[name](x)
c = Calc()
print(c.run("double", 5), c.run("neg", 5))
print(str.upper("abc"), list.__len__([1, 2]), dict.get({"a": 1}, "a"))
