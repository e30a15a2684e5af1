# files: append mode, creating files with 'a', 'x' mode exclusive creation, writelines
with open("log.txt", "a") as f:
    f.write("entry 1\n")
with open("log.txt", "a") as f:
    f.write("entry 2\n")
    f.writelines(["entry 3\n", "entry 4\n"])
with open("log.txt") as f:
    print(f.read(), end="")
with open("log.txt", "w") as f:
    f.writelines(str(i) + "," for i in range(5))
with open("log.txt", "a") as f:
    f.write("END\n")
with open("log.txt") as f:
    print(repr(f.read()))
with open("new.txt", "x") as f:
    f.write("exclusive")
try:
    open("new.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno == 17, e.filename)
with open("new.txt", "r+") as f:
    data = f.read()
    f.write("+more")
with open("new.txt") as f:
    print(repr(data), repr(f.read()))
