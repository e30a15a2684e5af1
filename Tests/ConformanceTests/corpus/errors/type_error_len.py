# errors: uncaught TypeError "object of type 'int' has no len()"
def sizes(things):
    return [len(t) for t in things]
print(sizes(["ab", [1, 2, 3], {}]))
try:
    len(None)
except TypeError as e:
    print("caught:", e)
print(sizes([]), sizes(["", "abc"]))
try:
    len(3.5)
except TypeError as e:
    print("caught:", e)
print(len(range(10)), len({1, 2}))
print(sizes(["x", 42]))
