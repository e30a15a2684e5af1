# exceptions: retry loops, exceptions as control flow, EAFP vs LBYL
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retry after:", e)
        continue
    print("result:", result, "after", attempts, "attempts")
    break
data = {"a": "1", "b": "x", "c": None}
def eafp(key):
    try:
        return int(data[key])
    except KeyError:
        return "missing"
    except (ValueError, TypeError) as e:
        return f"bad ({type(e).__name__})"
print([eafp(k) for k in ["a", "b", "c", "d"]])
def lbyl(key):
    if key not in data:
        return "missing"
    v = data[key]
    if not isinstance(v, str) or not v.isdigit():
        return "bad"
    return int(v)
print([lbyl(k) for k in ["a", "b", "c", "d"]])
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(a, 0) for a in (1, -1, 0)], safe_div(1, 4))
