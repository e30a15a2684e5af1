# errors: sys.exit with a custom integer status (4) from deep inside functions
import sys
def fail(code):
    print("failing with", code)
    sys.exit(code)
def run(tasks):
    for t in tasks:
        if t < 0:
            fail(4)
        print("task", t, "ok")
try:
    fail(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
run([1, 2, -1, 3])
