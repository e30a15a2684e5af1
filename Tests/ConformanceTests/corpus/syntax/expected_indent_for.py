# syntax: for statement with no indented body
for item in [1, 2, 3]:
print(item)
