# functions: keyword arguments order, duplicates, unexpected keywords, **kwargs passthrough
def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"
print(connect("a"))
print(connect("b", 8080, retries=1))
print(connect(port=1, host="c"))
print(connect("d", timeout=0.5))
for bad in [
    lambda: connect("x", z=1),
    lambda: connect("x", 1, 2),
    lambda: connect(port=5),
    lambda: connect("x", host="y"),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def opts(**kw):
    return sorted(kw.items())
print(opts(b=2, a=1), opts())
def wrapper(*args, **kwargs):
    return connect(*args, **kwargs)
print(wrapper("w", timeout=1))
try:
    wrapper("w", 1, port=2)
except TypeError as e:
    print("TypeError:", e)
try:
    opts(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
