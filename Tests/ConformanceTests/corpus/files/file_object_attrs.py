# files: file object attributes (name, mode, closed), context manager return value, newline handling
with open("attrs.txt", "w") as f:
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
    f.write("a\r\nb\rc\n")
print(f.closed)
with open("attrs.txt") as f:
    print(f.mode, f.readable(), f.writable(), repr(f.read()))
with open("attrs.txt", newline="") as f:
    print("newline='':", repr(f.read()))
with open("tabs.txt", "w") as f:
    print("print to file", 42, sep="\t", file=f)
    print("second", end="!", file=f)
with open("tabs.txt") as f:
    print(repr(f.read()))
with open("tabs.txt", "a+") as f:
    f.write("\nappended")
with open("tabs.txt") as f:
    print(f.read().splitlines())
