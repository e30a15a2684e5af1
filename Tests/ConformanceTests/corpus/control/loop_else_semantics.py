# control: else clauses on loops with break/continue/return/exceptions
def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("  found at", i)
            break
    else:
        print("  not found")
        return -1
    return i
print(search([1, 2, 3], 2))
print(search([1, 2, 3], 9))
print(search([], 1))
def loop_with_continue():
    for i in range(3):
        if i == 1:
            continue
    else:
        return "else ran despite continue"
print(loop_with_continue())
def loop_with_return():
    for i in range(3):
        if i == 1:
            return "returned"
    else:
        return "else"
print(loop_with_return())
try:
    for i in range(3):
        if i == 1:
            raise ValueError("boom")
    else:
        print("never")
except ValueError as e:
    print("exception skips else:", e)
n = 3
while n:
    n -= 1
    if n == 10:
        break
else:
    print("while-else after countdown, n =", n)
