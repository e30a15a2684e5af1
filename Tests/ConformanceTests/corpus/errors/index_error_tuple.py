# errors: uncaught IndexError 'tuple index out of range' from record access
def field(record, i):
    return record[i]
records = [(1, "x", True), (2, "y"), (3, "z", False)]
try:
    ()[0]
except IndexError as e:
    print("caught:", e)
print((1, 2)[-1], (1, 2)[5:])
print(field((10, 20, 30), -1), field(("a", "b", "c"), 0))
try:
    field((1,), 3)
except IndexError as e:
    print("caught:", e)
for r in records:
    print("third field:", field(r, 2))
