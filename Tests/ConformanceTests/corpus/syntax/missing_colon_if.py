# syntax: missing colon after an if condition -> "expected ':'"
def classify(n):
    if n > 0
        return "positive"
    return "other"
print(classify(3))
