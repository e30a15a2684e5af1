# errors: uncaught FileNotFoundError opening a missing file
def load(path):
    with open(path) as f:
        return f.read()
with open("present.txt", "w") as f:
    f.write("hello")
print(load("present.txt"))
try:
    open("also_absent.txt")
except FileNotFoundError as e:
    print("caught:", e.errno, e.filename)
import os
print(os.path.exists("present.txt"), os.path.exists("absent.txt"))
print(load("present.txt").upper())
print(load("absent.txt"))
