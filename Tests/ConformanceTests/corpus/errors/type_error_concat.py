# errors: uncaught TypeError 'can only concatenate str (not "int") to str'
def label(name, count):
    return name + ": " + count
print(label("apples", str(3)))
try:
    "n=" + 5
except TypeError as e:
    print("caught:", e)
print("n=" + str(5), f"n={5}", "n=%d" % 5)
print(label("a", "b"), "x" + "y" * 2)
print("-".join(["a", str(1)]))
parts = ["x", "y"]
print(parts + ["z"], parts * 2)
try:
    parts + "z"
except TypeError as e:
    print("caught:", e)
print(label("pears", 4))
