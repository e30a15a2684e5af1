# syntax: unexpected indent on a top-level statement
x = 1
    y = 2
print(x + y)
