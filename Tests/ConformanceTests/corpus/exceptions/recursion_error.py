# exceptions: RecursionError from runaway recursion (type only), recovery and continuing normally
import sys
def runaway(n):
    return runaway(n + 1) + 1
try:
    runaway(0)
except RecursionError as e:
    print("caught:", type(e).__name__, isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion caught:", type(e).__name__)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("moderate depth ok:", depth(500))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
print("limit is an int:", isinstance(sys.getrecursionlimit(), int))
print("still works after:", depth(10))
