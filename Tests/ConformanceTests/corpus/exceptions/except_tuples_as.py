# exceptions: except with tuples, as-binding, order of clauses, base class catching, name unbinding
def classify(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__} {e}"
    except (ValueError, TypeError) as e:
        return f"value/type: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"
    return "no error"
print(classify(lambda: {}["x"]))
print(classify(lambda: [][1]))
print(classify(lambda: int("z")))
print(classify(lambda: len(1)))
print(classify(lambda: 1 / 0))
print(classify(lambda: 2.0 ** 5000))
print(classify(lambda: open))
print(classify(lambda: undefined_name))
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
handlers = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except handlers as e:
    print("caught via tuple variable:", type(e).__name__)
try:
    raise LookupError("base")
except KeyError:
    print("not here")
except LookupError as e:
    print("LookupError caught:", e)
try:
    try:
        raise TypeError("first")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("propagated to outer:", e)
