# files: writing and parsing a small CSV by hand, aggregating, writing a report file
rows = [
    ("name", "dept", "salary"),
    ("ann", "eng", "120000"),
    ("bob", "ops", "85000"),
    ("cy", "eng", "99500"),
    ("dee", "sales", "70250"),
]
with open("staff.csv", "w") as f:
    for row in rows:
        f.write(",".join(row) + "\n")
totals = {}
with open("staff.csv") as f:
    header = f.readline().strip().split(",")
    for line in f:
        rec = dict(zip(header, line.strip().split(",")))
        totals[rec["dept"]] = totals.get(rec["dept"], 0) + int(rec["salary"])
print(header)
print(totals)
with open("report.txt", "w") as out:
    for dept in sorted(totals):
        out.write(f"{dept:<6}{totals[dept]:>10,}\n")
    out.write(f"{'total':<6}{sum(totals.values()):>10,}\n")
with open("report.txt") as f:
    print(f.read(), end="")
import os
print(sorted(os.listdir(".")))
