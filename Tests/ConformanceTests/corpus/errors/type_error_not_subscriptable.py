# errors: uncaught TypeError "'int' object is not subscriptable"
def first_digit(value):
    return value[0]
print(first_digit("123"))
print(first_digit([9, 8]))
try:
    nothing = None
    nothing[0]
except TypeError as e:
    print("caught:", e)
try:
    len[0]
except TypeError as e:
    print("caught:", e)
print(first_digit((7,)))
print(first_digit(456))
