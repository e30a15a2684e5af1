# with: open() as a context manager; file closed after block, even on error
with open("data.txt", "w") as f:
    f.write("line 1\n")
    f.write("line 2\n")
    print("closed inside?", f.closed)
print("closed after?", f.closed)
with open("data.txt") as f:
    print(repr(f.read()))
try:
    with open("data.txt") as f:
        first = f.readline()
        raise ValueError("stop reading")
except ValueError as e:
    print("error:", e, "| first line:", repr(first), "| closed:", f.closed)
with open("data.txt") as src, open("copy.txt", "w") as dst:
    for line in src:
        dst.write(line.upper())
with open("copy.txt") as f:
    print(f.read().splitlines())
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open("data.txt", "a") as f:
    print("write returns:", f.write("line 3\n"))
with open("data.txt") as f:
    print(len(f.readlines()))
