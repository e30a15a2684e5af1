# modules: collections.defaultdict with list/int/set/lambda factories, repr, missing vs get
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups, groups.get("q"), "q" in groups)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
uniq = defaultdict(set)
for k, v in [("a", 1), ("a", 1), ("a", 2), ("b", 3)]:
    uniq[k].add(v)
print(uniq)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(lambda: "N/A", {"known": "yes"})
print(d["known"], d["unknown"], sorted(d))
none_factory = defaultdict(None, {"a": 1})
try:
    none_factory["missing"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(list)), defaultdict(int, a=5))
print(isinstance(groups, dict), groups.default_factory is list)
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root["a"]))
