# exceptions: catching BaseException subclasses: SystemExit, KeyboardInterrupt, GeneratorExit (caught in code)
import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("SystemExit caught, code =", e.code, "args =", e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit with message:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code:", e.code)
try:
    raise SystemExit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught:", repr(e))
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
try:
    raise ValueError
except ValueError as e:
    print("raising a class instantiates it:", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
