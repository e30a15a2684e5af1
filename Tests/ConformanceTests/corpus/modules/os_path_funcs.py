# modules: os.path: join/basename/dirname/splitext/split/isabs/normpath on fixed strings
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a/", "b"))
print(os.path.join("dir", ""), os.path.join("", "file"))
for p in ["/usr/lib/python3.11/os.py", "relative/path/file.tar.gz", "noext", ".hidden", "dir/", "/", "a.b/c", "file."]:
    print(repr(p), "| base:", repr(os.path.basename(p)), "| dir:", repr(os.path.dirname(p)),
          "| splitext:", os.path.splitext(p), "| split:", os.path.split(p))
print(os.path.isabs("/x"), os.path.isabs("x/y"), os.path.isabs(""))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/a/b/../../.."), os.path.normpath("./x/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"))
print(os.sep, os.path.sep, os.extsep)
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
parts = ["data", "2024", "report.final.csv"]
path = os.path.join(*parts)
stem, ext = os.path.splitext(os.path.basename(path))
print(path, stem, ext, os.path.dirname(path).split(os.sep))
print(os.path.join("a", "b") == "a" + os.sep + "b", os.path.basename("a/b/") == "")
print(os.path.normpath("a/b/../../../c"), os.path.normpath(""), os.path.normpath("//double"))
print(os.path.splitext("name.with.many.dots.txt")[1], os.path.split("single"))
