# dunder: __contains__ fallback to __iter__, __reversed__, __matmul__-free ops, __lshift__, __and__, __invert__
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Bits(self.v & o.v)
    def __or__(self, o):
        return Bits(self.v | o.v)
    def __xor__(self, o):
        return Bits(self.v ^ o.v)
    def __lshift__(self, n):
        return Bits(self.v << n)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __invert__(self):
        return Bits(~self.v & 0xF)
    def __repr__(self):
        return f"Bits({self.v:04b})"
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 1, a >> 2, ~a)
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("  iterating")
        return iter(self.items)
print(3 in Box([1, 2, 3]), 9 in Box([]))
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1] + ["(custom)"])
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(SeqOnly())), list(SeqOnly()), 20 in SeqOnly())
