# dicts: iteration order, sorting by value, counting, grouping, nested dict walking
scores = {"carol": 88, "alice": 95, "bob": 72, "dave": 95}
for name in scores:
    print(name, end=" ")
print()
print(sorted(scores), sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
best = max(scores, key=scores.get)
print("best:", best, "first max wins ties:", max(scores.values()))
print(list(enumerate(scores)))
by_score = {}
for name, s in scores.items():
    by_score.setdefault(s, []).append(name)
print(by_score)
config = {"db": {"host": "localhost", "port": 5432}, "debug": True, "paths": {"logs": {"dir": "/var/log"}}}
def walk(d, prefix=""):
    for k, v in d.items():
        key = prefix + "." + k if prefix else k
        if isinstance(v, dict):
            walk(v, key)
        else:
            print(key, "=", v)
walk(config)
print(config["paths"]["logs"]["dir"], config.get("db", {}).get("user", "anonymous"))
total = 0
for v in scores.values():
    total += v
print("total:", total, "avg:", total / len(scores))
print(list(zip(scores.keys(), scores.values())) == list(scores.items()))
