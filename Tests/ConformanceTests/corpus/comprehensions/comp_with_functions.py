# comprehensions: calling functions, methods, and walrus inside comprehensions; exceptions inside
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
raw = ["1", "x", "3", "", "-7", "4.5"]
print([parse(s) for s in raw])
print([n for s in raw if (n := parse(s)) is not None])
print([s.strip().title() for s in ["  ann ", "BOB", "cy  "]])
print({s: parse(s) for s in raw if s})
try:
    print([10 // int(s) for s in ["5", "0", "2"]])
except ZeroDivisionError as e:
    print("ZeroDivisionError in comprehension:", e)
print([f(3) for f in (abs, str, float, lambda v: v ** 2)])
def flatten_dict(d, prefix=""):
    return {prefix + k if not prefix else prefix + "." + k: v for k, v in d.items()}
print(flatten_dict({"a": 1, "b": 2}, "root"))
print([(w, len(w)) for w in sorted(["ccc", "a", "bb"], key=len)])
results = [(x, y) for x in range(3) if x for y in range(x) if y < 1]
print(results)
