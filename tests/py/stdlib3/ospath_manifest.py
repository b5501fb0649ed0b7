# os.path string manipulation for a build manifest: join/split/splitext/basename/dirname/normpath/relpath.
import os.path as P
import os

files = [
    "src/app/main.py", "src/app/../lib/util.py", "./docs/index.md", "src//app/static/logo.PNG",
    "/abs/path/archive.tar.gz", "README", ".bashrc", "build/out/",
]
for f in files:
    head, tail = P.split(f)
    root, ext = P.splitext(f)
    print(f"{f!r:30} base={P.basename(f)!r} dir={P.dirname(f)!r} ext={ext!r} norm={P.normpath(f)!r} abs={P.isabs(f)}")
print(P.join("a", "b", "c.txt"), P.join("a/", "/etc", "x"), P.join("", "y"), P.join("dir", ""))
print(P.splitext("archive.tar.gz"), P.splitext(".hidden"), P.splitext("a.b/c"), P.splitext("x."))
print(P.normpath("/a/./b/../../c/"), P.normpath("../../x/./y"), P.normpath(""), P.normpath("//double"))
print(P.relpath("/srv/www/site/img/a.png", "/srv/www"), P.relpath("/srv/x", "/srv/www/site"))
print(P.commonprefix(["/usr/lib/a", "/usr/local/b", "/usr/lib2"]), P.commonpath(["/usr/lib/a", "/usr/lib/b/c"]))
by_ext = {}
for f in files:
    ext = P.splitext(f)[1].lower() or "(none)"
    by_ext.setdefault(ext, []).append(P.basename(f) or P.basename(P.dirname(f)))
print(dict(sorted(by_ext.items())))
print(P.sep, os.sep, P.extsep, P.curdir, P.pardir, os.linesep == "\n")
print(P.expanduser("~") != "~", P.splitdrive("/x/y"), P.normcase("/A/B"))
here = P.dirname(P.abspath(__file__))
print(P.basename(__file__), P.isdir(here), P.isfile(P.join(here, P.basename(__file__))), P.exists(P.join(here, "no_such_file")))
print(P.join(*"a/b/c".split("/")), "/".join(["x", "y"]), P.abspath("/a/b/../c"))
try:
    P.commonpath(["/abs", "rel"])
except ValueError as e:
    print("ValueError:", e)
