# errors: uncaught 'float division by zero' in a running-average computation
def average(xs):
    return sum(xs) / float(len(xs))
def summarize(table):
    for key in table:
        print(key, average(table[key]))
for a, b in [(1.0, 4.0), (3, 2.0), (0.0, 5)]:
    print(a, "/", b, "=", a / b)
try:
    1.5 / 0
except ZeroDivisionError as e:
    print("caught:", e)
print(average([2.0, 4.0, 9.0]))
print(average([1]), average([0.1, 0.2]))
summarize({"a": [1.0, 2.0], "b": [3.5], "c": []})
