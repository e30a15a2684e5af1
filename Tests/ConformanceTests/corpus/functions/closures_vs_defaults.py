# functions: functions defined in loops, conditionally defined functions, redefinition
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([g() for g in funcs])
funcs = []
for i in range(3):
    def f(i=i):
        return i
    funcs.append(f)
print([g() for g in funcs])
if len(funcs) > 2:
    def pick():
        return "first definition"
else:
    def pick():
        return "second definition"
print(pick())
def pick():
    return "redefined"
print(pick())
def factory():
    results = []
    for n in range(3):
        results.append(lambda n=n: n * 10)
    return results
print([h() for h in factory()])
def outer():
    def helper(x):
        return x + 1
    return helper(helper(0))
print(outer())
