# with: class-based context managers, enter/exit ordering, as-target binding
class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False
with Tag("html"):
    with Tag("body"):
        with Tag("p") as p:
            print("  " * Tag.depth + f"text inside {p.name}")
with Tag("a") as a, Tag("b") as b:
    print("  " * Tag.depth + f"both: {a.name}, {b.name}")
with Tag("x"), Tag("y"), Tag("z"):
    pass
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return "handle"
    def __exit__(self, *exc):
        self.open = False
r = Resource()
with r as h:
    print("inside:", h, r.open)
print("after:", r.open)
with (Tag("paren1") as p1,
      Tag("paren2") as p2):
    print("  parenthesized with:", p1.name, p2.name)
