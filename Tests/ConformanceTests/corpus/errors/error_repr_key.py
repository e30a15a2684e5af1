# errors: uncaught KeyError whose key contains a quote, showing repr quoting in the message
labels = {"it": 1}
def lookup(k):
    return labels[k]
print(lookup("it"))
for key in ("missing", 3, (1, "a"), None):
    try:
        labels[key]
    except KeyError as e:
        print("caught KeyError:", e, "| repr:", repr(e))
print(labels.get("it's", "absent"))
labels["it's"] = 2
print(lookup("it's"))
del labels["it's"]
print(sorted(labels))
print(lookup("it's"))
