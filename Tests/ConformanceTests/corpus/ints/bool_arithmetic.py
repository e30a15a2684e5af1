# ints: bool is a subclass of int; arithmetic and representation
print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, True ** 10)
print(-True, +True, ~True, ~False, abs(-True))
print(True == 1, False == 0, True is True)
print(int(True), float(False), str(True), repr(False))
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(sum([True] * 7), max(True, 0), min(False, -1))
print(["no", "yes"][True], ["no", "yes"][False])
d = {True: "bool key"}
d[1] = "int key overwrote"
print(d)
print(True & 3, True | 2, False ^ True)
print(divmod(True, True), pow(True, 5))
print(bool(0), bool(2), bool(-1))
print(True > False, sorted([True, False, 2, -1, 0.5]))
print(hash(True) == hash(1), hash(False) == hash(0))
print(f"{True:d}", f"{True}", f"{True!r}", f"{False:>6}", f"{True:5}|")
print(True + 0.5, False * 2.5)
print(str(True).upper(), len(str(False)))
