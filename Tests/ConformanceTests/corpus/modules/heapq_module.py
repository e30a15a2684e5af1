# modules: heapq: heappush/heappop, heapify, nlargest/nsmallest, heappushpop, heapreplace, merge
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print("heap list:", h)
print("pops:", [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print("heapified:", data, data[0])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums))
words = ["kiwi", "fig", "banana", "apple"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["a", "c"], ["b"], key=str)))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
