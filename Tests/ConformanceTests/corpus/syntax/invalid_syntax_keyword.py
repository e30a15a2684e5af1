# syntax: plain "invalid syntax" from a misplaced keyword
x = 1
print(x) if
