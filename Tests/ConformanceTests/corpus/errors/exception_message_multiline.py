# errors: uncaught exception whose message spans lines: stderr_last is the message's last line
def validate(rows):
    problems = [f"row {i}: negative" for i, r in enumerate(rows) if r < 0]
    if problems:
        raise ValueError("validation failed:\n" + "\n".join(problems))
    return True
print(validate([1, 2]))
try:
    raise ValueError("line one\nline two")
except ValueError as e:
    print("caught:", repr(str(e)), "lines:", len(str(e).splitlines()))
print(validate([]))
try:
    validate([-1])
except ValueError as e:
    print("caught:", str(e).splitlines())
print(validate([1, -2, -3]))
