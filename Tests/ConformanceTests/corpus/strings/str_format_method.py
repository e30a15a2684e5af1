# strings: str.format with positional, keyword, index, attribute and format specs
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0}".format("a", "b", "c"))
print("{0} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=7))
print("{0[1]} {d[k]} {0[0]}".format(["zero", "one"], d={"k": "vee"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:08.3f} {:+.2e} {:,} {:x} {:#b}".format(3.14159, 12345.6789, 1234567, 255, 5))
print("{{literal}} {}".format("x"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{0:{1}}|".format("w", 5), "{:{}.{}f}".format(3.14159, 8, 2))
print("{:d}".format(True), "{}".format(None))
print("{0}{1}{0}".format("ab", "-"))
try:
    "{} {}".format("only")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(other=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print("{:%}".format(0.256), "{:.1%}".format(1 / 3))
print("{:=+8d}|{:=8.1f}|".format(42, -3.14))
