# syntax: two expressions without a comma -> "invalid syntax. Perhaps you forgot a comma?"
points = [1, 2 3, 4]
print(points)
