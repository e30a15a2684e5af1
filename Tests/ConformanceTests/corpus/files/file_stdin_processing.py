# files: reading stdin via sys.stdin iteration and readline, writing results to a file then reading
import sys
header = sys.stdin.readline().strip()
print("header:", header)
values = []
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, score = line.split(":")
    values.append((name.strip(), int(score)))
values.sort(key=lambda kv: (-kv[1], kv[0]))
with open("ranking.txt", "w") as f:
    for rank, (name, score) in enumerate(values, 1):
        f.write(f"{rank}. {name} ({score})\n")
with open("ranking.txt") as f:
    print(f.read(), end="")
print("count:", len(values), "best:", values[0][0] if values else None)
