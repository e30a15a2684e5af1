# errors: uncaught AssertionError with a message
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
def checked(cond, msg):
    try:
        assert cond, msg
        return "passed"
    except AssertionError as e:
        return f"caught: {e}"
print(checked(1 < 2, "never shown"))
print(checked([], "empty list is falsy"))
print(checked(None, 42))
print(mean([]))
