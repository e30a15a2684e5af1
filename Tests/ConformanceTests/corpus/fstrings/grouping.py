# fstrings: thousands separators ',' and '_' with ints, floats, bases
for n in [0, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10 ** 20]:
    print(f"{n:,} {n:_}")
print(f"{1234567.891:,} {1234567.891:,.2f} {1234.5:_.3f} {-0.5:,.2f}")
print(f"{0xffffffff:_x} {0xffffffff:_X} {0b1111111111:_b} {0o7777777:_o}")
print(f"{1234567:>15,} {1234567:<15_}| {1234567:^15,}|")
print(f"{1e10:,.0f} {123456789.0:,g} {1234567.0:,e}")
print(f"{12345678:,d} {12345678:_d}")
print("{:,}".format(9876543210), format(9876543210, "_"))
def money(v):
    return f"{v:,.2f}" if v >= 0 else f"({-v:,.2f})"
for v in (0, 999.995, 1000, -2500.5, 1234567.125):
    print("money:", money(v))
print(f"{-0.001:,.2f} {999999.999:,.2f} {1e15:,.0f}")
print(f"{10 ** 6:,}".replace(",", "."), f"{2 ** 64:_}")
