# errors: uncaught TypeError 'greet() takes 1 positional argument but 2 were given'
def greet(name):
    return "hi " + name
print(greet("ann"))
try:
    greet()
except TypeError as e:
    print("caught:", e)
try:
    greet("a", "b", "c")
except TypeError as e:
    print("caught:", e)
print(greet(name="kw"))
print(greet("x" * 3))
print(greet("bob", "carl"))
