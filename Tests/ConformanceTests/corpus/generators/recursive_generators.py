# A generator whose body iterates a new generator of itself recurses without end: RecursionError.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    list(countdown(5))


try:
    list(countdown(3))
except RecursionError as error:
    print("RecursionError:", error)
print("still running:", list(countdown(0)) if False else "yes")
