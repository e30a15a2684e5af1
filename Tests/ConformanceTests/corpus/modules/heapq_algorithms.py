# modules: heapq in algorithms: dijkstra shortest paths, k-way merge, running median
import heapq
graph = {
    "A": [("B", 4), ("C", 2)],
    "B": [("C", 5), ("D", 10)],
    "C": [("E", 3)],
    "D": [("F", 11)],
    "E": [("D", 4)],
    "F": [],
}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dict(sorted(dist.items()))
print(dijkstra("A"))
print(dijkstra("D"))
lo, hi = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(lo, -x)
    heapq.heappush(hi, -heapq.heappop(lo))
    if len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print("running medians:", medians)
def top_k_frequent(words, k):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return heapq.nsmallest(k, counts, key=lambda w: (-counts[w], w))
print(top_k_frequent("a b c a b a d e e e e".split(), 2))
