# comprehensions: common data-wrangling patterns: grouping, pivot, filtering records
records = [
    {"name": "ann", "dept": "eng", "salary": 120},
    {"name": "bob", "dept": "ops", "salary": 90},
    {"name": "cat", "dept": "eng", "salary": 135},
    {"name": "dan", "dept": "ops", "salary": 85},
    {"name": "eve", "dept": "hr", "salary": 70},
]
depts = sorted({r["dept"] for r in records})
print(depts)
by_dept = {d: [r["name"] for r in records if r["dept"] == d] for d in depts}
print(by_dept)
avg = {d: sum(r["salary"] for r in records if r["dept"] == d) / len(by_dept[d]) for d in depts}
print(avg)
high = [r["name"] for r in records if r["salary"] > 100]
print(high)
table = [[r[k] for k in ("name", "salary")] for r in sorted(records, key=lambda r: -r["salary"])]
print(table)
raises = {r["name"]: round(r["salary"] * 1.05, 2) for r in records}
print(raises)
print([f"{r['name']}:{r['dept']}" for r in records if r["dept"] != "hr"])
columns = {k: [r[k] for r in records] for k in records[0]}
print(columns["salary"], max(columns["salary"]))
