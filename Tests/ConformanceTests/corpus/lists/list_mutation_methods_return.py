# lists: methods that return None vs new lists, chaining pitfalls
a = [3, 1, 2]
print("sort returns", a.sort(), "->", a)
print("append returns", a.append(4), "->", a)
print("extend returns", a.extend([5]), "->", a)
print("insert returns", a.insert(0, 0), "->", a)
print("reverse returns", a.reverse(), "->", a)
print("remove returns", a.remove(0), "->", a)
print("clear returns", a.copy().clear())
print("pop returns", a.pop(), "->", a)
b = sorted(a)
print("sorted is new:", b is a, b)
c = list(reversed(a))
print("reversed copy:", c)
try:
    [3, 1].sort().append(1)
except AttributeError as e:
    print("AttributeError:", e)
r = a[::-1]
r.append("x")
print(a, r)
