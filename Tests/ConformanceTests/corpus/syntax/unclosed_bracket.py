# syntax: '[' was never closed
data = [1, 2,
        3, 4
x = 5
