# control: if/elif dispatch on types and values (no match statement), isinstance chains
def describe(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return f"bool {x}"
    elif isinstance(x, int):
        return "int " + ("even" if x % 2 == 0 else "odd")
    elif isinstance(x, float):
        return f"float {x:.2f}"
    elif isinstance(x, str):
        return f"str of len {len(x)}"
    elif isinstance(x, (list, tuple)):
        if not x:
            return "empty sequence"
        return f"{type(x).__name__} starting with {describe(x[0])}"
    elif isinstance(x, dict):
        return f"dict with keys {sorted(x)}"
    return "unknown"
for value in [None, True, 3, 4, 2.5, "hey", [], [1], (2.0, 3), {"b": 1, "a": 2}, {1}]:
    print(repr(value), "->", describe(value))
def command(cmd):
    parts = cmd.split()
    if not parts:
        return "empty"
    verb, *args = parts
    if verb == "go" and len(args) == 1:
        return f"going {args[0]}"
    elif verb in ("quit", "exit"):
        return "bye"
    elif verb == "say":
        return " ".join(args) or "(silence)"
    return f"unknown {verb!r}"
for c in ["go north", "quit", "say hello world", "say", "", "dance now"]:
    print(repr(c), "->", command(c))
