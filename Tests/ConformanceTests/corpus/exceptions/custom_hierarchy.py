# exceptions: custom exception hierarchies with attributes, catching by base, args and str
class AppError(Exception):
    code = 1
class DatabaseError(AppError):
    code = 2
class ConnectionLost(DatabaseError):
    def __init__(self, host, retries):
        super().__init__(f"lost connection to {host} after {retries} retries")
        self.host = host
        self.retries = retries
class QueryError(DatabaseError):
    code = 3
def operation(kind):
    if kind == "conn":
        raise ConnectionLost("db1", 3)
    if kind == "query":
        raise QueryError("syntax error near 'FROM'")
    if kind == "app":
        raise AppError()
    return "ok"
for kind in ["conn", "query", "app", "none"]:
    try:
        print(kind, "->", operation(kind))
    except DatabaseError as e:
        print(kind, "-> db error", e.code, type(e).__name__, "|", e, "|", e.args)
    except AppError as e:
        print(kind, "-> app error", e.code, repr(e), repr(str(e)))
print([c.__name__ for c in ConnectionLost.__mro__])
try:
    raise ConnectionLost("h", 1)
except Exception as e:
    print(isinstance(e, AppError), e.host, e.retries)
class Multi(Exception):
    def __init__(self, *errors):
        super().__init__(*errors)
        self.errors = errors
m = Multi("a", "b")
print(str(m), repr(m), m.errors, str(Multi("only")), str(Multi()))
