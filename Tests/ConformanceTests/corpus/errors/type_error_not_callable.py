# errors: uncaught TypeError "'NoneType' object is not callable" from a missing handler
handlers = {"start": lambda: "started", "stop": None}
def dispatch(event):
    handler = handlers.get(event)
    return handler()
print(dispatch("start"))
try:
    five = 5
    five()
except TypeError as e:
    print("caught:", e)
words = ["a"]
try:
    words()
except TypeError as e:
    print("caught:", e)
print(callable(handlers["start"]), callable(handlers["stop"]))
print(dispatch("stop"))
