# sets: creation, add/remove/discard/pop/clear, membership, len, dedupe (small ints only printed)
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.remove(4)
s.discard(100)
s.discard(3)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
e = set()
print(e, len(e), type({}).__name__, type(set()).__name__)
print(set([5, 5, 6]), set(range(5)), set((1, 1, 0)))
print(sorted(set("mississippi")), len(set("mississippi")))
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
q = {1, 2, 3}
q.clear()
print(q)
print({1, 1.0, True}, {0, False, 0.0})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({-5, 10, 0, 3}), max({4, 9, 2}), sum({1, 2, 3}))
