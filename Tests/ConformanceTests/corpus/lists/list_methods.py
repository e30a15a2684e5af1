# lists: append/extend/insert/remove/pop/clear/index/count/reverse/copy
a = [3, 1, 4]
a.append(1)
print("append:", a)
a.extend([5, 9])
print("extend list:", a)
a.extend("ab")
print("extend str:", a)
a.extend(range(2))
print("extend range:", a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print("insert:", a)
a.remove(1)
print("remove first 1:", a)
print("pop():", a.pop(), "pop(0):", a.pop(0), "pop(-2):", a.pop(-2))
print("after pops:", a)
print("index(4):", a.index(4), "index('a'):", a.index("a"), "count(1):", a.count(1))
print("index with start:", [1, 2, 1, 2].index(1, 1), [1, 2, 1, 2].index(2, 2, 4))
a.reverse()
print("reverse:", a)
b = a.copy()
b.append("only in b")
print("copy independent:", len(a), len(b))
b.clear()
print("clear:", b)
try:
    b.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    a.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    a.index("zzz")
except ValueError as e:
    print("ValueError:", e)
x = [1]
x.append(x is x)
print(x, len(x))
