# errors: uncaught RecursionError from infinite recursion (last line names the limit)
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(10))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("depth 100:", depth(100))
try:
    depth(-1)
except RecursionError as e:
    print("caught:", type(e).__name__)
print(countdown(0), countdown(50))
print(countdown(-1))
