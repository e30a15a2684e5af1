# modules: json.loads of objects, arrays, numbers, escapes, whitespace; round trips
import json
print(json.loads('{"a": 1, "b": [true, false, null], "c": {"d": "e"}}'))
print(json.loads("[1, 2.5, -3, 1e3, 1E-2, 0, -0, -0.0, 12345678901234567890]"))
print(repr(json.loads('"escapes: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"')))
print(json.loads('  \n\t {  "spaced"  :  [ 1 ,\n 2 ]  }  '))
print(json.loads("true"), json.loads("null"), json.loads('"s"'), json.loads("3"), json.loads("3.0"))
print(json.loads('{"dup": 1, "dup": 2}'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
v = json.loads('{"x": [1, {"y": null}]}')
print(type(v).__name__, type(v["x"]).__name__, v["x"][1]["y"])
original = {"list": [1, 2, {"deep": [True, None]}], "str": "é\n", "num": -1.25, "int": 7}
text = json.dumps(original)
print(json.loads(text) == original, text)
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2})))
print(json.loads('{"a": {"b": {"c": {"d": [[[]]]}}}}'))
print(json.loads('"\\u0041\\u00DF"'), len(json.loads('"\\ud83d\\ude00"')))
