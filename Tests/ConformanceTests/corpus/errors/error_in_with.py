# errors: uncaught exception passing through a with-block; __exit__ runs first and prints
class Session:
    def __enter__(self):
        print("session opened")
        return self
    def __exit__(self, et, ev, tb):
        print("session closed after", et.__name__ if et else "success")
        return False
with Session():
    print("doing work")
try:
    with Session():
        raise KeyError("handled")
except KeyError as e:
    print("caught:", repr(e))
with Session():
    raise PermissionError("access denied")
