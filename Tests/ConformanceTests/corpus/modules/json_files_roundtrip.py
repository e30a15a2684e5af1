# modules: json.dump/json.load with files in the working directory, pretty printing, nested data
import json
records = [{"id": i, "name": f"item{i}", "price": round(i * 1.1, 2), "tags": ["t"] * i} for i in range(3)]
with open("records.json", "w") as f:
    json.dump(records, f, indent=2)
with open("records.json") as f:
    text = f.read()
print(text)
with open("records.json") as f:
    loaded = json.load(f)
print(loaded == records, loaded[2]["tags"])
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
with open("config.json", "w") as f:
    json.dump(config, f, sort_keys=True, separators=(",", ":"))
with open("config.json") as f:
    raw = f.read()
print(raw)
print(json.loads(raw)["server"]["ports"][-1])
lines = [json.dumps({"n": n, "sq": n * n}) for n in range(3)]
with open("data.jsonl", "w") as f:
    f.write("\n".join(lines) + "\n")
with open("data.jsonl") as f:
    print([json.loads(line)["sq"] for line in f])
