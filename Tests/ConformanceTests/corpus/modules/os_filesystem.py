# modules: os: getcwd (abs), makedirs exist_ok, listdir sorted, exists/isfile/isdir, remove, environ.get
import os
cwd = os.getcwd()
print("cwd is absolute:", os.path.isabs(cwd), "starts empty:", os.listdir(".") == [])
os.makedirs("out/nested/deep", exist_ok=True)
os.makedirs("out/nested/deep", exist_ok=True)
try:
    os.makedirs("out/nested")
except FileExistsError as e:
    print("FileExistsError caught:", type(e).__name__)
for name in ["b.txt", "a.txt", "c.log"]:
    with open(os.path.join("out", name), "w") as f:
        f.write(name)
os.mkdir("out/empty_dir")
print(sorted(os.listdir("out")))
print([n for n in sorted(os.listdir("out")) if n.endswith(".txt")])
print(os.path.exists("out/a.txt"), os.path.isfile("out/a.txt"), os.path.isdir("out/a.txt"))
print(os.path.exists("out/nested"), os.path.isdir("out/nested"), os.path.isfile("out/nested"))
print(os.path.exists("missing.txt"), os.path.isfile("missing.txt"), os.path.isdir("missing"))
print(os.path.basename(os.path.abspath("out/a.txt")))
print(os.path.basename(os.path.dirname(os.path.abspath("out/a.txt"))))
os.remove("out/b.txt")
print(sorted(os.listdir("out")))
os.rename("out/c.log", "out/renamed.log")
print(sorted(os.listdir("out")))
try:
    os.remove("out/b.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno == 2, e.filename)
print(os.environ.get("PRISM_SURELY_UNSET_VARIABLE"), os.environ.get("PRISM_SURELY_UNSET_VARIABLE", "default"))
print(type(os.environ.get("PATH", "")).__name__, "PRISM_SURELY_UNSET_VARIABLE" in os.environ)
print(sorted(os.listdir("out/nested")), os.listdir("out/empty_dir"))
