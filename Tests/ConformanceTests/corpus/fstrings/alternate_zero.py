# fstrings: '#' alternate form and '0' zero padding
n = 255
print(f"{n:#b} {n:#o} {n:#x} {n:#X} {n:b} {n:o} {n:x}")
print(f"{n:010b} {n:#010b} {n:08x} {n:#08x} {-n:#08x} {-n:08x}")
print(f"{0:#x} {0:#b} {0:#o}")
print(f"{5:03} {-5:03} {5.5:06.2f} {-5.5:06.2f} {5:0} {12345:03}")
print(f"{3.0:#g} {3.0:g} {3.0:#.3g} {100.0:#.0f} {100.0:.0f} {2.5:#e}")
print(f"{1.0:#} {1.5:#} {1e20:#}")
print(f"{'ab':0>5} {'ab':05}")
print(f"{1234567:010,} {1234567:011,} {-1234:08,}")
print(f"{255:#_b} {65535:#_x} {65535:_o}")
print(f"{0.5:07.2%} {-0.5:08.1%}")
print(f"{True:03} {False:#x}")
for v in (0, 1, 9, 10, 255, 4096):
    print(f"{v:#06x}|{v:#6o}|{v:#010b}|{v:06d}")
print(f"{-0.0:06.1f} {0.0:+06.1f} {float('inf'):08} {float('nan'):+08}")
