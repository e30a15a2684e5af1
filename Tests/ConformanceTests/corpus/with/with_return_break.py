# with: return, break, continue inside with-blocks still run __exit__
class Note:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("  enter", self.label)
    def __exit__(self, *exc):
        print("  exit", self.label)
def early_return(flag):
    with Note("func"):
        if flag:
            return "early"
        print("  late path")
    return "late"
print(early_return(True))
print(early_return(False))
for i in range(4):
    with Note(f"iter {i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
def gen():
    with Note("generator"):
        yield 1
        yield 2
for v in gen():
    print("  value", v)
with Note("as-none") as value:
    print("  __enter__ returned", value)
