# files: write then read whole file, read(n), tell-free sequential reads, return values of write
f = open("notes.txt", "w")
n1 = f.write("first line\n")
n2 = f.write("second line\n")
n3 = f.write("unicode: é日本🎉\n")
f.close()
print("write returned:", n1, n2, n3)
f = open("notes.txt")
content = f.read()
f.close()
print(repr(content))
print(len(content), content.count("\n"))
with open("notes.txt") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with open("notes.txt", "r", encoding="utf-8") as f:
    print(f.read().splitlines())
with open("empty.txt", "w") as f:
    pass
with open("empty.txt") as f:
    print("empty:", repr(f.read()), repr(f.readline()), f.readlines())
with open("notes.txt", "w") as f:
    f.write("overwritten")
with open("notes.txt") as f:
    print("after overwrite:", repr(f.read()))
