# closures: encapsulated state (bank account), memoization closure, function returning multiple closures
def account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("denied", amount))
            return "insufficient funds"
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = account(50)
print(dep(25), wd(100), wd(30), dep(5))
print(rep())
def memo(fn):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapped.size = lambda: len(cache)
    return wrapped
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.size())
def make_fsm():
    state = "off"
    def toggle():
        nonlocal state
        state = "on" if state == "off" else "off"
        return state
    return toggle
t = make_fsm()
print([t() for _ in range(5)])
