# builtins: chr/ord/hex/bin/oct/format, round trips
for n in [0, 9, 10, 65, 255, 256, 1000, -1, -256]:
    print(n, hex(n), bin(n), oct(n), format(n, "x"), format(n, "b"), format(n, "o"))
print([chr(n) for n in range(65, 71)], [ord(c) for c in "AZaz09"])
print(int(hex(1234), 16), int(bin(1234), 2), int(oct(1234), 8), int(hex(-99), 0))
print(chr(ord("a") + 1), chr(0x1F600), ord("\n"), ord("€"), hex(ord("€")))
print(format(255, "#010x"), format(-5, "08b"), format(8, "#o"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
