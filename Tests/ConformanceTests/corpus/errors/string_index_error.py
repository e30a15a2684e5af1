# errors: uncaught IndexError 'string index out of range' from character scanning
def initials(names):
    return "".join(n[0] for n in names)
print(initials(["Ada", "Grace"]))
print("abc"[0], "abc"[-1], "abc"[5:])
try:
    ""[0]
except IndexError as e:
    print("caught:", e)
print(initials(["x"]), initials([]))
print("abc"[-3], "abc"[1:100])
print(initials(["Ada", "Barbara", "Claude"]))
print("".join(n[:1] for n in ["", "x"]))
print([w[-1] for w in ["ab", "c"]])
print(initials(["Linus", "", "Guido"]))
