# errors: uncaught UnboundLocalError from reading a local before assignment
total = 10
def add_to_total(n):
    total += n
    return total
print("before")
def fine(n):
    local_total = total
    local_total += n
    return local_total
print("fine:", fine(5), "global unchanged:", total)
def ok():
    global total
    total += 1
    return total
print("with global:", ok())
print(add_to_total(5))
