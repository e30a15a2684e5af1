# classes: subclassing list and dict and using them as such; overriding methods
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, sorted(Stack([3, 1, 2])))
class DefaultDict(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
d = DefaultDict(list, a=[1])
d["b"].append(2)
d["a"].append(3)
print(d, len(d), "b" in d, isinstance(d, dict))
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld["HeLLo"] = 1
print(ld, ld["HELLO"], list(ld.keys()))
class Count(dict):
    def __missing__(self, key):
        return 0
c = Count()
for ch in "banana":
    c[ch] += 1
print(c, c["z"], "z" in c)
class Str(str):
    def shout(self):
        return self.upper() + "!"
print(Str("hi").shout(), Str("ab") + "c", type(Str("ab") + "c").__name__, len(Str("xyz")))
class MyInt(int):
    def double(self):
        return self * 2
n = MyInt(21)
print(n.double(), n + 1, type(n + 1).__name__, isinstance(n, int))
