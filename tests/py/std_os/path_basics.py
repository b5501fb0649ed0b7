# The os.path basics: join/split/splitext/basename/dirname, exists on own file.
import os

here = os.getcwd()
me = os.path.join(here, "path_basics.py")
print(type(here).__name__, os.path.exists(me), os.path.isfile(me), os.path.isdir(here))
print(os.path.basename(me), os.path.basename(os.path.dirname(me)), os.path.splitext(me)[1])
print(os.path.split(me)[1], os.path.dirname(me) == here, os.path.exists(me + ".missing"))
parts = ["data", "2024", "report.final.csv"]
full = os.path.join(*parts)
print(full, os.path.split(full), os.path.splitext(full), os.path.dirname(full))
stem, ext = os.path.splitext(os.path.basename(full))
print(stem, ext, os.path.join(os.path.dirname(full), stem + ".json"))
print(os.path.join("/root", "a", "/reset", "b"), os.path.join("x", "y/", "z"))
print(os.path.normpath("./a/../b//c/."), os.path.normpath("a/./b/../../c"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".profile"), os.path.splitext("a.b/c"))
print(os.path.basename("dir/"), os.path.dirname("file"), os.path.split("/only"))
print(os.path.isabs(here), os.path.abspath("path_basics.py") == me)


def change_ext(path, new):
    root, _ = os.path.splitext(path)
    return root + new


print([change_ext(p, ".bak") for p in ["a.txt", "b", "c.d/e.f"]])
files = sorted(f for f in os.listdir(".") if f.endswith(".py") and f.startswith("path_"))
print(files)
