# errors: uncaught RuntimeError 'dictionary changed size during iteration'
inventory = {"apple": 0, "pear": 3, "plum": 0}
def prune(d):
    for k in d:
        if d[k] == 0:
            del d[k]
print("before:", inventory)
safe = dict(inventory)
for k in list(safe):
    if safe[k] == 0:
        del safe[k]
print("pruned copy:", safe)
cleaned = {k: v for k, v in inventory.items() if v}
print("comprehension:", cleaned)
prune(inventory)
