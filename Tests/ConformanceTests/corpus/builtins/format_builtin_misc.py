# builtins: format() with common specs for numbers and strings, str.format_map excluded
print(format(1234.5678, ".2f"), format(1234.5678, ",.1f"), format(0.25, ".0%"), format(42, "x"))
print(format("left", "<8") + "|", format("right", ">8") + "|", format("mid", "^9") + "|")
print(format(3, "03d"), format(-3, "03d"), format(3.0, "g"), format(1e-7, "g"), format(123456789, ","))
print(format(True, ""), format(None, ""), format([1, 2], ""), format((1,), ""))
print(format(7, "b"), format(7, "o"), format(255, "X"), format(65, "c"))
print(format(2 ** 100, ","), format(-(2 ** 64), "_x"))
print(format(0.1, ".17g"), format(1 / 3, ".5e"), format(-1.5, "+.1f"), format(1.5, " .1f"))
print(format(12, ""), format(12.0, ""), format("s", ""))
for spec in ["", "10", "<10", ">10", "^10", "*^10", "+", "-", " ", ".3"]:
    try:
        print(repr(spec).ljust(7), "|" + format(-2.5, spec) + "|", "|" + format("ab", spec) + "|")
    except ValueError as e:
        print(repr(spec).ljust(7), "ValueError:", e)
print(format(1e21, ",.0f"), format(123.456, "10.2e"), format(0, "+"), format(-0.0, "g"))
