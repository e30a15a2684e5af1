# functions: return forms: multiple values, early return, returning functions, None implicitly
def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return "positive", n
print(classify(-1), classify(0), classify(5))
def early(items):
    for i in items:
        if i > 2:
            return i
print(early([1, 2, 3, 4]), early([]))
def make_op(kind):
    if kind == "add":
        return lambda a, b: a + b
    def mul(a, b):
        return a * b
    return mul
print(make_op("add")(2, 3), make_op("mul")(2, 3))
def returns_list():
    return [1, 2, 3]
a, b, c = returns_list()
print(a, b, c)
def nested_return():
    try:
        return "from try"
    finally:
        print("finally runs before return completes")
print(nested_return())
def generator_like():
    result = []
    for i in range(3):
        result.append(i)
    return result
print(generator_like())
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
