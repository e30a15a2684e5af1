# syntax: if statement with no indented body
x = 5
if x > 3:
print("big")
