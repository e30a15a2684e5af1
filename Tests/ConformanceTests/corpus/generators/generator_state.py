# generators: independent generator instances, local state, generator in class method
def ticker(label):
    i = 0
    while True:
        i += 1
        yield f"{label}{i}"
a = ticker("a")
b = ticker("b")
print(next(a), next(a), next(b), next(a), next(b))
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
    def __iter__(self):
        for _, v in self.walk():
            yield v
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
for depth, value in t.walk():
    print("  " * depth + value)
print(list(t), "a2" in t, len(list(t)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def unique(xs):
    seen = set()
    for x in xs:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 5])))
