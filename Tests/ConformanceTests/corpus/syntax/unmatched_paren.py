# syntax: unmatched ')'
result = (1 + 2))
print(result)
