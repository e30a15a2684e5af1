# errors: uncaught KeyError with an integer key from a lookup table
squares = {n: n * n for n in range(5)}
def lookup(n):
    return squares[n]
print(squares.get(9, "no 9"), 9 in squares)
try:
    squares[-1]
except KeyError as e:
    print("caught:", repr(e))
try:
    del squares[99]
except KeyError as e:
    print("caught del:", e)
print(sorted(squares))
for n in [0, 2, 4, 7]:
    print(n, lookup(n))
