# dicts: dicts of functions (dispatch tables), memo dicts, default factories by hand
import operator
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
def calc(expr):
    a, op, b = expr.split()
    return ops[op](int(a), int(b))
for e in ["3 + 4", "10 - 7", "6 * 7", "7 / 2"]:
    print(e, "=", calc(e))
handlers = {
    "greet": lambda name: f"hello {name}",
    "shout": lambda name: name.upper() + "!",
}
for cmd in ["greet", "shout", "whisper"]:
    fn = handlers.get(cmd, lambda name: f"unknown command {cmd!r} for {name}")
    print(fn("sam"))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
states = {"idle": {"start": "running"}, "running": {"pause": "paused", "stop": "idle"},
          "paused": {"resume": "running", "stop": "idle"}}
state = "idle"
for event in ["start", "pause", "resume", "stop", "pause"]:
    state = states[state].get(event, state)
    print(event, "->", state)
