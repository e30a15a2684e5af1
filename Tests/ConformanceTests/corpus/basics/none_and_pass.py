# basics: None as a value, functions returning None, pass, Ellipsis
def nothing():
    pass
def explicit():
    return
def implicit(x):
    if x:
        return "yes"
print("nothing():", nothing())
print("explicit():", explicit())
print("implicit(0):", implicit(0))
print("implicit(1):", implicit(1))
print("repr(None):", repr(None))
print("str(None):", str(None))
print("type(None):", type(None))
r = print("printing returns")
print("print returned:", r)
lst = [3, 1, 2]
res = lst.sort()
print("sort returns:", res, lst)
print("Ellipsis:", ..., Ellipsis is ...)
def stub():
    ...
print("stub():", stub())
class Empty:
    pass
print("Empty has no attrs:", [a for a in vars(Empty()) ])
values = [None, 0, "", None]
print("count None:", values.count(None))
print("index None:", values.index(None, 1))
print("None in list:", None in values)
print("sorted without None:", sorted(v for v in [3, None, 1, None, 2] if v is not None))
d = {}
print("d.get missing:", d.get("x"))
