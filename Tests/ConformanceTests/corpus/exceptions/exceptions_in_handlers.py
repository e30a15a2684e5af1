# exceptions: exception raised inside except/else/finally blocks, context attachment
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    in_except()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        raise RuntimeError("from else")
    finally:
        print("  finally still runs")
try:
    in_else()
except RuntimeError as e:
    print(e, "| context:", e.__context__)
def handler_uses_exception():
    try:
        [][0]
    except IndexError as e:
        msg = str(e)
    return msg
print(handler_uses_exception())
def swallow_all():
    results = []
    for fn in (lambda: 1 / 0, lambda: int("x"), lambda: "ok"):
        try:
            results.append(fn())
        except Exception as e:
            results.append(type(e).__name__)
    return results
print(swallow_all())
try:
    try:
        raise ValueError("a")
    finally:
        print("  inner finally during propagation")
except ValueError as e:
    print("outer caught", e)
