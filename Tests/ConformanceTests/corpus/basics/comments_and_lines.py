# basics: comments, line continuation, semicolons, implicit joining, docstrings as statements
"""A module docstring is just an expression statement."""
x = 1 + \
    2 + \
    3
print("backslash continuation:", x)
y = (1 +
     2 +  # comment inside parens
     3)
print("paren continuation:", y)
items = [
    1,
    2,
    3,  # trailing comma
]
print("list across lines:", items)
a = 1; b = 2; c = a + b
print("semicolons:", a, b, c)
s = ("implicit "
     "string "
     'concatenation')
print(s)
if x == 6: print("one-line if")
for i in range(3): print("one-line for", i)
while False: pass
def f(): return "one-line def"
print(f())
class K: pass
print("class K:", K.__name__)
d = {
    "a": 1,
    "b": 2,
}
print(d)
# a comment at the end
print(__doc__)
