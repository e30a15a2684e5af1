# exceptions: collecting multiple errors manually, error summaries, exception type names
errors = []
inputs = ["10", "-3", "abc", "", "7.5", "0"]
def parse_positive(s):
    n = int(s)
    if n <= 0:
        raise ValueError(f"not positive: {n}")
    return n
ok = []
for s in inputs:
    try:
        ok.append(parse_positive(s))
    except ValueError as e:
        errors.append((s, type(e).__name__, str(e)))
print("ok:", ok)
for s, name, msg in errors:
    print(f"  {s!r:7} {name}: {msg}")
summary = {}
for _, name, _ in errors:
    summary[name] = summary.get(name, 0) + 1
print(summary)
def validate(record):
    problems = []
    if not record.get("name"):
        problems.append("name missing")
    if not isinstance(record.get("age"), int):
        problems.append("age not int")
    if problems:
        raise ValueError("; ".join(problems))
for rec in [{"name": "a", "age": 1}, {"age": "x"}, {"name": "", "age": 2}]:
    try:
        validate(rec)
        print("valid", rec)
    except ValueError as e:
        print("invalid:", e)
