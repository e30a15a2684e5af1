# syntax: expression ending in a binary operator
total = 1 +
print(total)
