# functions: argument unpacking at call sites with * and ** and errors
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
print(point(*(7, 8, 9)))
print(point(**{"x": 1, "y": 2}))
print(point(1, **{"y": 5, "z": 6}))
print(point(*[1], **{"y": 2}))
print(point(*range(2), z=9))
print(point(*"ab"))
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    point(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    point(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    point(**[1])
except TypeError as e:
    print("TypeError:", e)
args = (1,)
kwargs = {"z": 3}
print(point(*args, 2, **kwargs))
print(max(*[3, 9, 2]), min(*"zay"), print(*[], sep="-") is None)
