# errors: uncaught ValueError "invalid literal for int() with base 10: 'seven'"
def parse_all(tokens):
    return [int(t) for t in tokens]
print(parse_all(["1", "2", "3"]))
for bad in ("", "1.5", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print("caught:", e)
print(parse_all([" 7 ", "+3", "-0"]), parse_all([]))
print(parse_all(["10", "-20", "0030"]))
print(int("ff", 16), int("0b11", 0), int(" 12 "))
try:
    int("1_")
except ValueError as e:
    print("caught:", e)
print(parse_all(["4", "seven", "8"]))
