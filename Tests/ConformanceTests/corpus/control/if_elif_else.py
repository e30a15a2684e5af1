# control: if/elif/else chains, nested ifs, conditions with side effects
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if letter != "F":
        if score % 10 >= 7:
            letter += "+"
        elif score % 10 < 3:
            letter += "-"
    return letter
print([grade(s) for s in [99, 91, 85, 70, 79, 50, 100]])
calls = []
def check(v):
    calls.append(v)
    return v
if check(0) or check(2) or check(3):
    print("short-circuit or stopped at 2:", calls)
calls.clear()
if check(1) and check(0) and check(5):
    pass
else:
    print("short-circuit and stopped at 0:", calls)
x = 7
if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if x > 5: print("single-line body")
