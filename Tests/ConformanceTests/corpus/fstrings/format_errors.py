# fstrings: invalid format specifications and their ValueError messages
tests = [
    ("int with s", lambda: f"{5:s}"),
    ("str with d", lambda: f"{'a':d}"),
    ("str with =", lambda: f"{'a':=5}"),
    ("str with +", lambda: f"{'a':+}"),
    ("float with d", lambda: f"{1.5:d}"),
    ("float with c", lambda: f"{1.5:c}"),
    ("int precision", lambda: f"{5:.2}"),
    ("bad type", lambda: f"{5:q}"),
    ("two commas", lambda: f"{5:,,}"),
    ("comma and underscore", lambda: f"{5:,_}"),
    ("list with spec", lambda: f"{[1]:>5}"),
    ("None with spec", lambda: f"{None:>5}"),
    ("c overflow", lambda: f"{-1:c}"),
    ("str with #", lambda: f"{'a':#}"),
]
for label, fn in tests:
    try:
        print(label, "->", repr(fn()))
    except (ValueError, TypeError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)
