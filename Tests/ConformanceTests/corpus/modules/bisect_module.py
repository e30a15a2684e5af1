# modules: bisect: bisect_left/right, insort, key= parameter, grade lookup
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4))
b = []
for v in [5, 1, 4, 1, 9, 2]:
    bisect.insort(b, v)
print("insort:", b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
records = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(records, (3, "")), bisect.bisect_left(records, 4, key=lambda r: r[0]))
bisect.insort(records, (4, "d"), key=lambda r: r[0])
print(records)
def index_of(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    return i if i < len(sorted_list) and sorted_list[i] == x else -1
print([index_of(a, x) for x in [4, 5, 9, 1]])
