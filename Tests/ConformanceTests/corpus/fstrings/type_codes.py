# fstrings: presentation types b c d o x X n e E f F g G % s
n = 42
f = 1234.5678
print(f"b={n:b} c={n:c} d={n:d} o={n:o} x={n:x} X={n:X} n={n:n}")
print(f"c={65:c}{0x263A:c}{128512:c}")
print(f"e={f:e} E={f:E} f={f:f} F={f:F} g={f:g} G={f:G} %={0.4567:%}")
print(f"e={n:e} f={n:f} g={n:g} %={n:%}")
print(f"inf: {float('inf'):f} {float('inf'):F} {float('nan'):g} {float('nan'):G} {float('-inf'):E}")
print(f"g small: {1e-5:g} {1e-4:g} {0.00012345:G} {123456789:g} {1234567:g} {123456:g}")
print(f"g prec: {1234.5678:.1g} {1234.5678:.2g} {1234.5678:.6g} {0.0:g} {-0.0:g}")
print(f"s={'text':s} {'text':10s}| n={1234567:n} n={1234.5:n}")
print(f"no type float: {f} {1e16:} {1.0:} {1e-5:.3}")
print(f"x neg: {-255:x} {-255:#X} {-8:o} {-5:b}")
for spec in ["d", "x", "b", "e", "%"]:
    print(spec, format(10, spec))
print(format(3.0, "n"), format(1e20, "n"), format(1e-20, "n"))
