# sys.exit deep inside calls unwinds through finally blocks and with blocks.
import sys


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, getattr(ev, "code", None))
        return False


def level3():
    with Guard("inner"):
        print("about to exit")
        sys.exit(9)


def level2():
    try:
        level3()
    finally:
        print("level2 finally")


def level1():
    with Guard("outer"):
        level2()


try:
    level1()
except SystemExit as e:
    print("caught at top:", e.code)

with Guard("last"):
    level2()
print("not printed")
