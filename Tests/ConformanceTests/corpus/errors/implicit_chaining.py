# errors: exception raised while handling another: last line is the second exception
def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        return {}["x"]
    except KeyError:
        cleanup()
print("working")
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))
work()
