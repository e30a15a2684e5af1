# sets: graph reachability, common elements, anagram groups, visited sets
graph = {1: [2, 3], 2: [4], 3: [4], 4: [], 5: [1]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
for n in graph:
    print(n, sorted(reachable(n)))
lists = [[1, 2, 3, 4], [2, 3, 5], [3, 2, 9]]
common = set(lists[0])
for l in lists[1:]:
    common &= set(l)
print("common:", sorted(common))
print("any:", sorted(set().union(*lists)))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def has_cycle(g):
    visiting, done = set(), set()
    def visit(n):
        if n in visiting:
            return True
        if n in done:
            return False
        visiting.add(n)
        found = any(visit(m) for m in g[n])
        visiting.discard(n)
        done.add(n)
        return found
    return any(visit(n) for n in g)
print("cycle:", has_cycle(graph), has_cycle({1: [2], 2: [1]}))
