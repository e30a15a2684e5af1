# errors: uncaught exception raised inside a generator while a for loop consumes it
def readings():
    yield 10
    yield 20
    raise ValueError("sensor disconnected")
def safe_readings():
    yield from (1, 2)
print("safe:", list(safe_readings()))
def failing():
    yield 1
    raise ValueError("handled failure")
try:
    print(list(failing()))
except ValueError as e:
    print("caught:", e)
for r in readings():
    print("reading", r)
