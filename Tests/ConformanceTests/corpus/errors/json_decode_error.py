# errors: uncaught json.JSONDecodeError: last line is 'json.decoder.JSONDecodeError: Expecting value: ...'
import json
def parse(text):
    return json.loads(text)
print(parse('{"ok": true}'))
import json as _json
for text in ("[]", "1", '"s"'):
    print(text, "->", _json.loads(text))
try:
    _json.loads("[1,]")
except ValueError as e:
    print("caught:", type(e).__name__, e)
print(_json.dumps(parse("[1, 2]")), parse("null") is None)
print(parse("[]") == [], parse('{"a": [1, 2]}')["a"][1])
print(parse('{"bad": }'))
