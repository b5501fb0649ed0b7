# with blocks inside generators: the manager stays entered across yields,
# exits when the generator finishes or is closed, and exceptions thrown
# in with throw() reach __exit__.


class Log:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  enter {self.name}")

    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} exc={et.__name__ if et else None}")
        return et is KeyError


def reader(name):
    with Log(name):
        for i in range(3):
            yield i
    print(f"  {name} finished")


print(list(reader("full")))
g = reader("closed")
print(next(g), next(g))
g.close()
print("after close")
g = reader("thrown")
next(g)
try:
    g.throw(ValueError("bad"))
except ValueError as e:
    print(type(e).__name__, e)
g = reader("suppressed")
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration:
    print("generator ended after the suppressed exception")


def with_return():
    with Log("ret"):
        yield 1
        return "value"


g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
