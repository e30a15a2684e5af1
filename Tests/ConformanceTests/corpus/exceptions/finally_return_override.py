# exceptions: return in finally overrides return/exception in try; finally side effects
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def swallow_exception():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally swallowed the exception"
print(swallow_exception())
def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 99
        print("  finally set x =", x)
print(return_value_evaluated_first())
def mutable_return():
    data = [1]
    try:
        return data
    finally:
        data.append(2)
print(mutable_return())
def exception_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exception_in_finally()
except Exception as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
def count_finally(n):
    calls = []
    for i in range(n):
        try:
            if i % 2:
                continue
            calls.append(i)
        finally:
            calls.append("f")
    return calls
print(count_finally(4))
