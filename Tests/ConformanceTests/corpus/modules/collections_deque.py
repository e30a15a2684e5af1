# modules: collections.deque: append/appendleft/pop/popleft, maxlen, rotate, extendleft, repr
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print("extendleft reverses:", d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print("window:", window)
window.appendleft(99)
print("appendleft with maxlen:", window, window.maxlen)
print(deque(), deque("abc"), deque(range(3), maxlen=2), repr(deque([], maxlen=0)))
q = deque(["x", "y", "z"])
print("x" in q, q.index("y"), q.count("z"))
q.remove("y")
print(q, list(reversed(q)))
q.clear()
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)
dd = deque([1, 2, 3, 4, 5])
dd[2] = "mid"
del dd[0]
print(dd, dd == deque([2, "mid", 4, 5]), list(dd) == [2, "mid", 4, 5])
print(deque([3, 1, 2]) + deque([9]), deque([1]) * 3)
