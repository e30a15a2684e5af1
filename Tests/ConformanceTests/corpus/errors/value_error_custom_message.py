# errors: uncaught ValueError with a custom message raised in validation
def check_age(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age
def register(people):
    for name, age in people:
        print("registered", name, check_age(age))
try:
    check_age(-1)
except ValueError as e:
    print("caught:", e)
print(check_age(0), check_age(120))
register([("dee", 1)])
register([("ann", 30), ("bob", -2), ("cy", 5)])
