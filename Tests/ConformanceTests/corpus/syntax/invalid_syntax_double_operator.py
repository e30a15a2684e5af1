# syntax: invalid syntax from a stray token
x = 1 +* 2
