# control: fizzbuzz three ways (if chain, string building, lookup) must agree
def fb1(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)
def fb2(n):
    s = ""
    if n % 3 == 0:
        s += "Fizz"
    if n % 5 == 0:
        s += "Buzz"
    return s or str(n)
def fb3(n):
    return {0: "FizzBuzz", 3: "Fizz", 6: "Fizz", 9: "Fizz", 12: "Fizz", 5: "Buzz", 10: "Buzz"}.get(n % 15, str(n))
out = [fb1(n) for n in range(1, 31)]
print(" ".join(out))
print(out == [fb2(n) for n in range(1, 31)] == [fb3(n) for n in range(1, 31)])
counts = {}
for w in out:
    key = w if not w.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts)
