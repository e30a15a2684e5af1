# files: errors: missing file, reading a write-only file, writing a closed file, bad mode, directory
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print("errno:", e.errno, "filename:", e.filename, "strerror:", e.strerror)
try:
    open("does_not_exist.txt")
except OSError as e:
    print("caught as OSError:", type(e).__name__)
with open("w.txt", "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__ + ":", e)
f = open("w.txt", "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    open("w.txt", "z")
except ValueError as e:
    print("ValueError:", e)
import os
os.mkdir("adir")
try:
    open("adir")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open("adir/missing/deeper.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, Exception), IOError is OSError)
