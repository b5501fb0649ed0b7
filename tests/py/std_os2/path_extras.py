import os, os.path as p
print(p.relpath("/a/b/c", "/a/x"), p.relpath("/a/b", "/a/b"), p.relpath("x/y", "x"), p.relpath("/usr/lib", "/"))
print(p.commonpath(["/usr/lib/x", "/usr/lib/y", "/usr/local"]), p.commonpath(["a/b", "a/c/d"]), p.normcase("/A/B"))
try: p.commonpath(["/a", "b"])
except ValueError as e: print(e)
os.environ["KRAIT_T"] = "val"
print(p.expandvars("$KRAIT_T/x/${KRAIT_T}/$NOPE_XYZ/$"), p.ismount("/"), p.ismount("/usr"))
with open("_tmp_size.txt", "w") as f:
    f.write("hello")
print(p.getsize("_tmp_size.txt"), p.islink("_tmp_size.txt"), p.samefile("_tmp_size.txt", "./_tmp_size.txt"), p.lexists("_tmp_size.txt"))
print(p.realpath("/usr/../usr/./lib") == p.realpath("/usr/lib"), p.realpath("/nonexistent/a/../b"))
os.remove("_tmp_size.txt")
