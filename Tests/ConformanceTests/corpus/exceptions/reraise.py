# exceptions: bare raise to re-raise, raise e, re-raise after logging, raise in except changes type
log = []
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError as e:
        log.append(f"logged {e}")
        raise
try:
    wrapper(-5)
except ValueError as e:
    print("re-raised:", e, log)
def reraise_named():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err
try:
    reraise_named()
except KeyError as e:
    print("raised stored exception:", repr(e))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("nested bare raise:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise ArithmeticError("cannot divide by zero here")
try:
    conditional(0)
except ArithmeticError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
