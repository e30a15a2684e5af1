# errors: uncaught AttributeError "'NoneType' object has no attribute 'upper'"
def find(names, prefix):
    for n in names:
        if n.startswith(prefix):
            return n
    return None
names = ["alpha", "beta"]
print(find(names, "al").upper())
result = find(names, "be")
print("found:", result, result is None)
try:
    None.strip()
except AttributeError as e:
    print("caught:", e)
print(find([], "x"))
print(find(names, "zz").upper())
