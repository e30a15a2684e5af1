# files: readline, readlines, iteration, lines with/without trailing newline, strip
with open("lines.txt", "w") as f:
    f.write("alpha\nbeta\n\ngamma\n  delta  \nlast without newline")
with open("lines.txt") as f:
    first = f.readline()
    second = f.readline()
    rest = f.readlines()
print(repr(first), repr(second))
print(rest)
with open("lines.txt") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line.rstrip("\n")))
with open("lines.txt") as f:
    print([line.strip() for line in f if line.strip()])
with open("lines.txt") as f:
    print(len(f.readlines()))
with open("lines.txt") as f:
    print(f.readline(3), f.readline(), end="|\n")
with open("lines.txt") as f:
    lines = f.read().split("\n")
print(lines)
with open("lines.txt") as f:
    count = 0
    while True:
        line = f.readline()
        if not line:
            break
        count += 1
print("readline loop count:", count)
