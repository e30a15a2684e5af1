# modules: json.dumps with default separators, indent, sort_keys, ensure_ascii, separators
import json
data = {"name": "Zoë", "age": 30, "scores": [1.5, 2, -0.0, 1e20], "active": True, "spouse": None,
        "tags": ("a", "b"), "nested": {"z": 1, "a": [{}, []]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=4))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, separators=(", ", " = ")))
print(json.dumps({}), json.dumps([]), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01 uni\u00e9 emoji😀"))
print(json.dumps("uni\u00e9 emoji😀", ensure_ascii=False))
print(json.dumps(0.1), json.dumps(1.0), json.dumps(100), json.dumps(2 ** 70), json.dumps(-1.5e-7))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(float("-inf")))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps("plain"), json.dumps(None), json.dumps(False))
print(json.dumps([{"k": "v"}], indent="\t"))
