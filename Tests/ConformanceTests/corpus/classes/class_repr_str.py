# classes: __repr__ and __str__ interplay in print, containers, f-strings, str() fallback to repr
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
r, b = OnlyRepr(), Both("x")
print(r, str(r), repr(r), f"{r}", f"{r!r}")
print(b, str(b), repr(b), f"{b}", f"{b!r}")
print([r, b], (b,), {"k": b}, {b.v: b})
print(str(OnlyStr()), f"{OnlyStr()}", "%s" % OnlyStr())
print("%s %r" % (b, b))
print(str([OnlyStr()]).startswith("[<__main__.OnlyStr object at"))
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val}, {self.children})"
        return f"Node({self.val})"
print(Node(1, [Node(2), Node(3, [Node(4)])]))
class Sub(Both):
    pass
print(Sub(5), repr(Sub(5)))
print(type(b), type(b).__name__, Both)
