# errors: uncaught 'raise ... from ...': stderr shows both, last line is the outer RuntimeError
class LoaderError(RuntimeError):
    pass
def read_number(text):
    try:
        return int(text)
    except ValueError as e:
        raise LoaderError(f"could not load {text!r}") from e
print(read_number("12"))
try:
    read_number("x")
except LoaderError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
try:
    read_number("")
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
print(read_number("twelve"))
