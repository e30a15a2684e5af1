# errors: uncaught TypeError "area() missing 1 required positional argument: 'height'"
def area(width, height):
    return width * height
def shapes():
    print(area(2, 3))
    print(area(4))
try:
    area()
except TypeError as e:
    print("caught:", e)
try:
    area(width=1)
except TypeError as e:
    print("caught:", e)
print(area(height=2, width=5))
shapes()
