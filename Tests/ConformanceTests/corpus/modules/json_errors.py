# modules: json: JSONDecodeError messages with positions, unserializable types, default= hook
import json
bad_inputs = ['{"a": 1,}', "[1, 2", "", "{'single': 1}", '{"a" 1}', "[1 2]", "tru", '"unterminated',
              "01", "[1,]", '{"a": 1}}', "nul", "   ", '{"a":\n  oops}']
for text in bad_inputs:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text).ljust(18), "->", e, "| pos", e.pos, "line", e.lineno, "col", e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[")
except ValueError as e:
    print("caught as ValueError:", e.msg)
for value in [{1, 2}, object, range(3)]:
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError:", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps({"p": Point(1, 2), "s": {3, 1}}, default=encode))
try:
    json.dumps({"bad": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
