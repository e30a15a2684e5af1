# builtins: print with sep/end/file/flush, printing to stderr (not compared), multiple objects
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <END>\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="\n")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print(end="")
print("", end="\n")
print("sep None", "works", sep=None)
print("end None", end=None)
print("x" * 3, "-" * 10)
print(*range(5), sep=", ")
print(*"abc", sep="")
values = [3.14159, 2.71828]
print(*(f"{v:.2f}" for v in values))
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("written with sys.stdout.write\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
print("multi\nline\tstring")
print(repr("multi\nline"))
