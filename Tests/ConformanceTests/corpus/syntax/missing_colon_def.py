# syntax: missing colon after a def header -> "expected ':'"
def greet(name)
    return "hi " + name
print(greet("x"))
