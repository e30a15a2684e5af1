# builtins: input() with empty stdin raises EOFError; program catches it
import sys
print("about to read")
try:
    value = input("prompt> ")
    print("read:", value)
except EOFError as e:
    print()
    print("EOFError caught:", repr(e), "message:", repr(str(e)))
try:
    input()
except EOFError:
    print("second read also EOF")
data = sys.stdin.read()
print("sys.stdin.read() on empty:", repr(data))
print("done")
