# strings: startswith/endswith with tuples and ranges
name = "report_2024.csv"
print(name.startswith("report"), name.startswith("Report"), name.endswith(".csv"))
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b", "r")), name.endswith(()))
print(name.startswith("2024", 7), name.startswith("2024", 7, 10), name.endswith("2024", 0, 11))
print(name.startswith(""), "".startswith(""), "".endswith("a"))
print(name.endswith("csv", -3), name.startswith("_", -9))
try:
    name.startswith(["report"])
except TypeError as e:
    print("TypeError:", e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.py"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith((".py", ".pyc"))])
urls = ["http://x", "https://y", "ftp://z"]
print([u for u in urls if u.startswith(("http://", "https://"))])
