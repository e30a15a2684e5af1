# exceptions: raise X from Y (__cause__), implicit chaining (__context__), from None
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, "suppress:", e.__suppress_context__)
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print("cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    hidden()
except ValueError as e:
    print("from None -> cause:", e.__cause__, "suppress:", e.__suppress_context__, "context:", type(e.__context__).__name__)
try:
    raise IndexError("direct") from KeyError("the cause")
except IndexError as e:
    print(repr(e), "<-", repr(e.__cause__))
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError("t") from 5
except TypeError as err:
    print("TypeError:", err)
