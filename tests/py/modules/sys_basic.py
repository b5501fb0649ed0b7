import sys

print(sys.argv[0].endswith("sys_basic.py"), len(sys.argv))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder)
print(sys.version_info)
print(sys.version_info[:2], sys.version_info[0], sys.version_info.minor, sys.version_info.releaselevel)
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info == (3, 11, 7, "final", 0))
print(tuple(sys.version_info), list(sys.version_info), len(sys.version_info))
major, minor, micro, level, serial = sys.version_info
print(major, minor, micro, level, serial)
print(hash(sys.version_info) == hash((3, 11, 7, "final", 0)))
print(sys.version.startswith("3.11.7"), type(sys.version).__name__)
print(sys.modules["sys"] is sys, "__main__" in sys.modules, type(sys.modules).__name__)
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
s = sys.intern("hello")
print(s, s is sys.intern("hello") or s == "hello")
for t, f in [
    ("sys.setrecursionlimit(0)", lambda: sys.setrecursionlimit(0)),
    ("sys.setrecursionlimit(1.5)", lambda: sys.setrecursionlimit(1.5)),
    ("sys.setrecursionlimit()", lambda: sys.setrecursionlimit()),
    ("sys.intern(1)", lambda: sys.intern(1)),
    ("sys.intern()", lambda: sys.intern()),
    ("sys.getrecursionlimit(1)", lambda: sys.getrecursionlimit(1)),
    ("sys.version_info[5]", lambda: sys.version_info[5]),
    ("sys.version_info.foo", lambda: sys.version_info.foo),
    ("sys.exit(1, 2)", lambda: sys.exit(1, 2)),
    ("sys.nothing", lambda: sys.nothing),
]:
    try:
        print(t, "->", repr(f()))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
print(repr(sys)[:20], type(sys).__name__)
