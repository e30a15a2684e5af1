# classes: subclassing Exception with custom __init__/__str__, extra attributes, hierarchy
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key {key!r}")
        self.key = key
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, "|", e, "|", e.args, "|", e.field)
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.key)
print(repr(ValidationError("a", "b")), str(AppError()), repr(AppError()), repr(AppError("x", 2)))
print(issubclass(ValidationError, Exception), issubclass(NotFound, BaseException), AppError.__mro__[1].__name__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(str(WithDefault()), str(WithDefault("custom")), WithDefault().args)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = NoSuperInit(1, 2)
print(e.total, e.args, repr(str(e)))
errors = [ValidationError("f", "r"), NotFound(3), AppError("plain")]
for err in errors:
    try:
        raise err
    except ValidationError:
        print("validation handler")
    except NotFound as nf:
        print("not-found handler", nf.key)
    except AppError as ae:
        print("generic handler", ae)
