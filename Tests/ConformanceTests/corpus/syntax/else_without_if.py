# syntax: else without a matching if
x = 1
else:
    x = 2
