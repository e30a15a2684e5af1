# fstrings: building an aligned table report with computed widths
rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 12, 12.25),
    ("Thingamajig", 1, 199.99),
    ("Doohickey", 250, 0.05),
]
name_w = max(len(r[0]) for r in rows)
print(f"{'Item':<{name_w}} | {'Qty':>5} | {'Price':>8} | {'Total':>10}")
print(f"{'-' * name_w}-+-{'-' * 5}-+-{'-' * 8}-+-{'-' * 10}")
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{name_w}} | {qty:>5d} | {price:>8.2f} | {total:>10,.2f}")
print(f"{'TOTAL':>{name_w}} | {sum(r[1] for r in rows):>5} | {'':>8} | {grand:>10,.2f}")
print(f"{'share':<{name_w}} |", " ".join(f"{r[1] * r[2] / grand:6.1%}" for r in rows))
for i, (name, _, _) in enumerate(rows, 1):
    print(f"{i:02d}. {name:.<20}{i * 10:.>6}")
