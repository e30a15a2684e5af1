# modules: sys.exit(0) and sys.exit(None) exit successfully; output before exit is kept
import sys
print("start")
def cleanup():
    print("cleanup called explicitly")
try:
    sys.exit(None)
except SystemExit as e:
    print("caught exit with code", e.code)
cleanup()
total = sum(range(10))
print("total:", total)
if total == 45:
    print("exiting with 0")
    sys.exit(0)
print("never printed")
