# fstrings: fill and alignment (<, >, ^, =) with various fill characters and widths
s = "hi"
n = 42
print(f"[{s:<6}] [{s:>6}] [{s:^6}] [{s:^7}] [{s:6}]")
print(f"[{n:<6}] [{n:>6}] [{n:^6}] [{n:6}] [{n:=6}]")
print(f"[{s:*<6}] [{s:->6}] [{s:.^7}] [{s:0>5}] [{s:#^6}]")
print(f"[{n:*<6}] [{n:0>6}] [{n:x^7}] [{-n:0=6}] [{-n:*=7}]")
print(f"[{-n:<6}] [{-n:>6}] [{-n:^6}] [{-n:=6}]")
print(f"[{3.5:_^9}] [{-3.5:=+9}] [{3.5:<9}] [{True:>6}] [{None!s:^8}]")
print(f"[{s:1}] [{s:0}] [{'toolong':3}]")
print(f"[{'é':^5}] [{'日本':*^6}] [{'🎉':>3}]")
print(f"[{'{':^5}] [{s:{'{'}^6}]")
w = 10
for word in ["a", "bb", "ccc"]:
    print(f"|{word:^{w}}|{word:>{w // 2}}|")
print(f"[{1234:<+8}] [{1234:^+9}] [{-0.0:=8}]")
print(f"[{n:>{w}}]", f"[{s:{'<'}{w}}]")
