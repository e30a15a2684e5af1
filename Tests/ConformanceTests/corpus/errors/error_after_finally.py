# errors: finally blocks run (and print) before the uncaught exception terminates the program
def step(n):
    try:
        print("step", n)
        if n == 2:
            raise LookupError(f"step {n} failed")
    finally:
        print("cleanup", n)
try:
    step(2)
except LookupError as e:
    print("caught:", e)
print("now for real")
for i in range(4):
    step(i)
