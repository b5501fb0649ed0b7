import os
import os.path
from os import path as P
import sys

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.path is P, os.path.sep, os.path.basename(os.getcwd()), os.path.isabs(os.getcwd()))
print(sorted(os.listdir("_osdir")), sorted(os.listdir(os.path.join("_osdir", "sub"))))
try:
    os.listdir("_nope_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e, e.errno, e.filename)
print(os.path.exists("_osdir"), os.path.isdir("_osdir"), os.path.isfile("_osdir"))
print(os.path.exists("_osdir/a.txt"), os.path.isfile("_osdir/a.txt"), os.path.isdir("_osdir/a.txt"), os.path.exists("_osdir/none"))
print(os.path.isfile("os_basic.py"), os.path.exists(""), os.path.isdir("."), os.path.isdir(".."))
os.environ["KRAIT_TEST_VAR"] = "value"
print(os.environ["KRAIT_TEST_VAR"], os.getenv("KRAIT_TEST_VAR"), os.getenv("KRAIT_SURELY_UNSET"), os.getenv("KRAIT_SURELY_UNSET", "dflt"))
print("PATH" in os.environ, isinstance(os.environ.get("PATH"), str), os.environ.get("KRAIT_SURELY_UNSET", 7))
J = os.path.join
print(J("a", "b", "c"), J("/a", "b/", "c"), J("a", "/b", "c"), J("a", ""), J("", "a"), J("a/", "/"), J("a"))
try:
    J("a", 3)
except TypeError as e:
    print("TypeError", e)
for p in ["/usr/lib/x.tar.gz", "x", "/", "//", "a/b/", "a//b", "", ".bashrc", "a/.b.c", "..", "/a/b/..", "a.b/c", "x..", "..."]:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.normpath(p))
for p in ["a/./b/../c", "/../x", "../../a/..", "///a//b", "//a", "a/b/c/../../..", "./", "a/../../b"]:
    print(repr(p), os.path.normpath(p))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"), os.path.abspath("/a/./b"), os.path.abspath(".") == os.getcwd())
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.splitdrive("/a/b"))
print(os.fspath("p"), os.getpid() > 0)
os.makedirs("_tmp_os/x/y", exist_ok=True)
print(os.path.isdir("_tmp_os/x/y"))
try:
    os.mkdir("_tmp_os")
except FileExistsError as e:
    print("FileExistsError", e)
with open("_tmp_os/x/f.txt", "w") as f:
    f.write("data")
os.rename("_tmp_os/x/f.txt", "_tmp_os/x/g.txt")
print(sorted(os.listdir("_tmp_os/x")))
os.remove("_tmp_os/x/g.txt")
os.rmdir("_tmp_os/x/y")
os.rmdir("_tmp_os/x")
os.rmdir("_tmp_os")
print(os.path.exists("_tmp_os"))
try:
    os.remove("_tmp_os")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
