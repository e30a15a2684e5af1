# builtins: bool() of user objects, numbers, containers; any/all short-circuiting with generators
print(bool(0), bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")))
print(bool(""), bool(" "), bool([]), bool([[]]), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(range(0)))
class Custom:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__({self.v})")
        return bool(self.v)
print(any(Custom(v) for v in [0, 0, 1, 1]))
print(all(Custom(v) for v in [1, 0, 1]))
print(Custom(0) or "fallback")
print(bool(Custom(5)))
print(not Custom(0))
print([x for x in [Custom(1), Custom(0)] if x].__len__())
print(True + bool("x"), int(bool(None)), str(bool(1)))
