# exceptions: NameError and AttributeError message formats for variables, instances, classes, modules
import math
class Foo:
    cls_val = 1
    def __init__(self):
        self.val = 2
for label, fn in [
    ("unknown name", lambda: unknown_variable),
    ("instance attr", lambda: Foo().bar),
    ("class attr", lambda: Foo.bar),
    ("module attr", lambda: math.foo),
    ("int attr", lambda: (5).foo),
    ("str method", lambda: "s".foo()),
    ("list attr", lambda: [].push),
    ("dict attr", lambda: {}.has_key),
    ("None attr", lambda: None.split),
    ("func attr", lambda: len.foo),
    ("type attr", lambda: int.foo),
    ("bool attr", lambda: True.foo),
    ("float attr", lambda: (1.5).foo),
    ("tuple attr", lambda: ().append),
]:
    try:
        fn()
    except (NameError, AttributeError) as e:
        print(f"{label:14} {type(e).__name__}: {e}")
try:
    del undefined_global
except NameError as e:
    print("del:", e)
try:
    Foo().val.missing
except AttributeError as e:
    print(e)
