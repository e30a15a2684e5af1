# errors: uncaught ZeroDivisionError raised three calls deep after partial output
def ratio(a, b):
    return a / b
def normalize(values):
    total = sum(values)
    return [ratio(v, total) for v in values]
def report(groups):
    for name, values in groups:
        shares = normalize(values)
        print(name, [round(s, 3) for s in shares])
groups = [
    ("first", [1, 2, 3]),
    ("second", [5, 5]),
    ("empty", [0, 0]),
    ("never", [1]),
]
print("starting report")
report(groups)
print("not reached")
