# errors: uncaught NameError "name 'undefined_helper' is not defined"
def process(items):
    return [undefined_helper(i) for i in items]
print("processing")
try:
    print(missing_name_one)
except NameError as e:
    print("caught:", e)
def helper(x):
    return x * 2
print([helper(i) for i in range(3)])
print("helper is defined:", "helper" in dir())
print(process.__name__, callable(process))
print(helper(10))
print(process([1, 2]))
