# errors: uncaught AssertionError without a message: last line is 'AssertionError'
def invariant(stack):
    assert all(a <= b for a, b in zip(stack, stack[1:]))
    return True
print(invariant([1, 2, 3]))
for cond in (True, 1, "x", [0]):
    assert cond
print("four truthy asserts passed")
try:
    assert 0
except AssertionError as e:
    print("caught bare assert, args:", e.args, "str:", repr(str(e)))
checks = [x > 0 for x in (3, 2, 1)]
print("all positive:", all(checks))
print(invariant([3, 1]))
