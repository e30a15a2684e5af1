# modules: sys: argv (length and basename only), maxsize, recursion limit, stdout.write, version_info
import sys
import os
print("argv length:", len(sys.argv), "script:", os.path.basename(sys.argv[0]))
print("maxsize:", sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print("version major:", sys.version_info[0], "minor:", sys.version_info[1], sys.version_info >= (3, 8))
old = sys.getrecursionlimit()
print("recursion limit is int:", isinstance(old, int))
sys.setrecursionlimit(5000)
print("new limit:", sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print("deep recursion ok:", deep(3000))
sys.setrecursionlimit(old)
written = sys.stdout.write("via sys.stdout.write\n")
print("returned:", written)
sys.stdout.write("no newline then ")
sys.stdout.write("continued\n")
print("float max:", sys.float_info.max, "epsilon:", sys.float_info.epsilon)
print("byteorder-free platform check:", isinstance(sys.platform, str))
print(sys.stdin is not None, sys.stdout is not None, sys.stderr is not None)
sys.stderr.write("this goes to stderr\n")
print("exit is callable:", callable(sys.exit))
print("done")
