# syntax: def with no indented body
def empty():
print("outside")
