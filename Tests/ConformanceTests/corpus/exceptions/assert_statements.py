# exceptions: assert with and without messages, message expressions evaluated lazily
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, "| args:", e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), "str:", repr(str(e)), "args:", e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print("message not evaluated when passing:", calls)
try:
    assert [], msg()
except AssertionError as e:
    print("empty list fails:", e, calls)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print("tuple message:", e, e.args)
try:
    assert None, 42
except AssertionError as e:
    print("int message:", e, repr(e))
x = 3
assert isinstance(x, int) and x < 10
print("compound assert passed")
