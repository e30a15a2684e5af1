# fstrings: mixing with loops, padding numbers, dates-like formatting, percent, multiline f-strings
for h, m, s in [(0, 5, 9), (12, 30, 0), (23, 59, 59)]:
    print(f"{h:02d}:{m:02d}:{s:02d}")
total, done = 37, 12
print(f"progress: {done}/{total} ({done / total:.1%})")
bar_len = 20
filled = int(bar_len * done / total)
print(f"[{'#' * filled}{'.' * (bar_len - filled)}]")
values = [0.5, 12.25, -3.0, 1e6]
print(" ".join(f"{v:>10.2f}" for v in values))
print(" ".join(f"{v:<10.3g}|" for v in values))
user = {"name": "Zoë", "age": 31}
msg = (
    f"Name: {user['name']}\n"
    f"Age:  {user['age']:>3}\n"
    f"Next: {user['age'] + 1}"
)
print(msg)
hexdump = " ".join(f"{ord(c):02x}" for c in "Hi!")
print(hexdump)
print(f"{'':>0}|{'':^3}|{'':*<2}|")
x = 0
print(f"{x:{'>'}{'5'}}|")
print(f"{12:{'x'}}", f"{12:{'#o'}}")
