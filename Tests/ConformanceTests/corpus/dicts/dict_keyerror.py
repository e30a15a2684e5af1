# dicts: KeyError messages and reprs for various key types, missing keys handling
def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        return f"KeyError({e!s}) args={e.args}"
d = {"a": 1}
print(lookup(d, "missing"))
print(lookup(d, 42))
print(lookup(d, (1, 2)))
print(lookup(d, None))
print(lookup(d, 2.5))
print(lookup(d, "it's"))
print(lookup(d, ""))
try:
    d.pop("nope")
except KeyError as e:
    print("pop:", repr(e), str(e))
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
try:
    {}["x"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    d[[]]
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d[{1}]
except TypeError as e:
    print("TypeError:", e)
