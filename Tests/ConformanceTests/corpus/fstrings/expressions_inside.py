# fstrings: arbitrary expressions, quotes, calls, indexing, dict access, nested f-strings
items = ["apple", "banana", "cherry"]
prices = {"apple": 0.5, "banana": 0.25}
print(f"{len(items)} items: {', '.join(items)}")
print(f"first={items[0]} last={items[-1]} upper={items[1].upper()}")
print(f"{prices['apple']:.2f} {prices.get('cherry', 'n/a')}")
print(f"{'yes' if len(items) > 2 else 'no'}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda v: v + 1)(41)}")
print(f"{3 + 4 * 2} {2 ** 10} {7 // 2} {-7 % 3}")
print(f"{f'{1 + 1}'}+{f'{2:03}'}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"""{"triple"} {'quoted'}""")
print(f"{items!r:.10}")
a, b = 3, 4
print(f"{a}/{b} = {a / b:.3f}; {a}*{b} = {a * b}")
print(f"{'-' * 10}")
print(f"{sum(x for x in range(5))}")
nl = "\n"
print(f"{nl.join(items)}")
print(f"{{}} {{{a}}} {{a}}")
print(F"capital F {a}", rf"raw \n {a}", fr"{b} \t")
