# sets: subset/superset/disjoint tests and comparison operators
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), a.isdisjoint({5, 6}), a.isdisjoint(b))
print({1} == {1}, {1, 2} == {2, 1}, {1} != {1, 2}, set() <= a, set() < set())
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == frozenset({1, 2}))
print(sorted([{3}, {1, 2}, {1}], key=len))
print({1, 2, 3} - {2} == {1, 3}, not {1} & {2})
tags_a = {"python", "swift", "rust"}
tags_b = {"swift", "go"}
print(sorted(tags_a & tags_b), sorted(tags_a | tags_b), sorted(tags_a - tags_b), sorted(tags_a ^ tags_b))
print(len(tags_a), "swift" in tags_a, tags_a.isdisjoint({"java"}))
print(set().issubset(set()), {1}.issuperset(set()), frozenset({1}) <= {1, 2})
print({1, 2} >= {2}, {1, 2}.isdisjoint([]), {3} < {1, 2, 3})
