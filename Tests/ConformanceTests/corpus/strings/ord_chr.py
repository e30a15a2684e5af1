# strings: ord/chr round trips, ranges of characters, caesar cipher
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(8364), chr(128512))
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print("".join(chr(c) for c in range(0x391, 0x3a0)))
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3), caesar("xyz", 29))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print(sum(ord(c) for c in "checksum") % 256)
print([hex(ord(c)) for c in "aé日"])
