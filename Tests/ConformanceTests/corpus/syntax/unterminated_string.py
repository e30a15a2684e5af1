# syntax: unterminated string literal
name = "Ada
print(name)
