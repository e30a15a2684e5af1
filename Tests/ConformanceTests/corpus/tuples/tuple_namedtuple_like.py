# tuples: tuples as lightweight records, index constants, immutability patterns
NAME, AGE, CITY = 0, 1, 2
people = (("Ana", 31, "Lisbon"), ("Ben", 25, "Oslo"), ("Cy", 40, "Lima"))
for p in people:
    print(f"{p[NAME]:<4} {p[AGE]:>3} {p[CITY]}")
oldest = max(people, key=lambda p: p[AGE])
print("oldest:", oldest)
updated = people[1][:AGE] + (26,) + people[1][AGE + 1:]
print("updated copy:", updated, "original:", people[1])
by_city = {p[CITY]: p for p in people}
print(sorted(by_city))
t = (1, 2, 3)
t2 = t
t += (4,)
print(t, t2, t is t2)
empty = ()
print(empty == (), len(empty))
print(tuple(sorted((3, 1, 2))), sorted((3, 1, 2)))
def pairwise_sums(t):
    return tuple(a + b for a, b in zip(t, t[1:]))
print(pairwise_sums((1, 4, 9, 16)))
print((1, 2, 3)[1:2], (1, 2, 3)[-1:], (1,)[0])
