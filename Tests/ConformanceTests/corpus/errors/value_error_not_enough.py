# errors: uncaught ValueError 'not enough values to unpack (expected 3, got 2)'
def parse_date(s):
    year, month, day = s.split("-")
    return int(year), int(month), int(day)
print(parse_date("2024-01-31"))
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("caught:", e)
try:
    parse_date("x")
except ValueError as e:
    print("caught:", e)
print(parse_date("1999-12-31"))
print(parse_date("2024-02"))
