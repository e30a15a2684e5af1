# fstrings: sign options (+, -, space) for ints and floats, negative zero
for v in [5, -5, 0, 2.5, -2.5, 0.0, -0.0, float("inf"), float("-inf"), float("nan")]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+8}] [{v: 8}]")
print(f"[{7:+d}] [{7: d}] [{-7: d}] [{7:+05d}] [{-7: 05d}] [{7: 5d}]")
print(f"[{1.25:+.1f}] [{-1.25: .1f}] [{0.001:+.1e}] [{12:+x}] [{-12:+#x}]")
print(f"[{-0.0:+}] [{-0.0:.0f}] [{-0.4:.0f}] [{0.4:+.0f}]")
print(f"[{3:+,}] [{-1234567: ,}] [{1234567:+_}]")
print(f"[{5:=+6}] [{-5:=+6}] [{5:= 6}] [{5.25:=+9.2f}] [{-5.25:=9.2f}]")
print(f"[{12:+b}] [{-12:+o}] [{12: x}] [{-12: X}]")
print(f"[{1e20:+e}] [{-1e-20: e}] [{3:+g}] [{-3: g}] [{0.5:+%}] [{-0.5: .0%}]")
print(f"[{True:+}] [{False: }] [{True:+d}]")
for v in (-1, 0, 1):
    print(f"v={v:+d} padded={v:+04d} spaced={v: 4d} left={v:<+4d}|")
print("format():", format(5, "+"), format(-5, " "), format(0.0, "+.2f"), format(-0.0, "+.2f"))
print("%+d % d %+.1f % .1f" % (3, 3, -2.0, 2.0))
