# syntax: while statement with no indented body
n = 3
while n > 0:
n -= 1
