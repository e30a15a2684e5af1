# fstrings: nested replacement fields inside format specs
x = 3.14159
w, p = 10, 3
print(f"[{x:{w}.{p}f}]")
print(f"[{x:{w}}]")
print(f"[{x:.{p}}]")
print(f"[{'mid':{'^'}{w}}]")
fill, align = "*", ">"
print(f"[{42:{fill}{align}{w}}]")
for width in (4, 6, 8):
    for prec in (1, 2):
        print(f"[{x:{width}.{prec}f}]", end=" ")
    print()
fmt = ".2e"
print(f"[{12345.678:{fmt}}]")
specs = ["<8", ">8", "^8", "08.3f", "+.1e", ",d"]
for s in specs:
    val = 1234 if s.endswith("d") else 3.5
    print(s, f"[{val:{s}}]")
print("[{:{}{}}]".format("z", "^", 7))
print(f"{'{'}{x:.1f}{'}'}", f"{{{x:.2f}}}", f"{{x}}")
