# fstrings: '=' self-documenting expressions with spacing, conversions and specs
x = 10
name = "Ada"
pi = 3.14159
items = [1, 2]
print(f"{x=}")
print(f"{name=}")
print(f"{x = }")
print(f"{x=!s}")
print(f"{name=!s}")
print(f"{pi=:.2f}")
print(f"{pi = :8.3f}|")
print(f"{x * 2 + 1=}")
print(f"{items=} {len(items)=}")
print(f"{name.upper()=}")
print(f"{x=}, {pi=}")
print(f"{None=} {True=}")
print(f"{x=:>5}|")
print(f"{'lit'=}")
d = {"a": 1}
print(f"{d['a']=}")
print(f"{x if x > 5 else 0=}")
