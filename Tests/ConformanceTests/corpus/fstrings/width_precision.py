# fstrings: width and precision for floats, strings and ints
pi = 3.141592653589793
for p in range(0, 7):
    print(f"{pi:.{p}f}|{pi:10.{p}f}|{pi:<10.{p}f}|")
print(f"{'truncate me':.5}|{'truncate me':10.3}|{'abc':.0}|")
print(f"{1e-7:.3f} {123456.789:.1f} {0.0005:.3f} {0.0015:.3f} {0.0025:.3f}")
print(f"{2.5:.0f} {3.5:.0f} {-2.5:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{1/3:.20f}")
print(f"{12345.6789:.2f} {12345.6789:.2e} {12345.6789:.2g} {12345.6789:.7g}")
print(f"{1e100:.2f}"[:20], len(f"{1e100:.2f}"))
print(f"{123:8} {123:<8}| {'x':8}| {1.5:8}|")
print(f"{0.1:.17f} {0.1:.30f}")
for w in (0, 1, 5, 12):
    print(f"w={w:2}: [{'abc':{w}}] [{12:{w}}] [{1.5:{w}.1f}] [{'abcdef':{w}.2}]")
print(f"{1.0:.0e} {1.0:.1e} {123.456:.1e} {0.0:.3f} {-1e-10:.3f}")
print(f"{'x':>3.1}|{'xyz':<5.2}|{'':5}|")
