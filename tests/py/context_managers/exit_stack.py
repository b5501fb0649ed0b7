# contextlib.ExitStack: entering a variable number of managers, callbacks
# run LIFO, pop_all transferring ownership, suppression by an inner
# manager seen by the others, and exceptions raised by callbacks.
import contextlib


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  open {self.name}")
        return self.name

    def __exit__(self, et, ev, tb):
        print(f"  close {self.name} (exc={et.__name__ if et else None})")
        return self.name == "eater"


with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in ("a", "b", "c")]
    stack.callback(print, "  callback with", "args")
    print("  using", names)

with contextlib.ExitStack() as stack:
    stack.enter_context(Res("outer"))
    stack.enter_context(Res("eater"))
    stack.enter_context(Res("inner"))
    raise ValueError("eaten by 'eater'")
print("suppressed inside the stack")


def acquire_all(names):
    with contextlib.ExitStack() as stack:
        items = [stack.enter_context(Res(n)) for n in names]
        moved = stack.pop_all()
    print("  acquired", items)
    return moved


keeper = acquire_all(["x", "y"])
print("still open; closing now")
keeper.close()

try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, "  first registered, runs last")

        @stack.callback
        def failing():
            raise RuntimeError("callback failed")
        stack.enter_context(Res("z"))
except RuntimeError as e:
    print(type(e).__name__, e)


@contextlib.contextmanager
def gen_cm(tag):
    print(f"  gen enter {tag}")
    yield tag
    print(f"  gen exit {tag}")


with contextlib.ExitStack() as stack:
    print([stack.enter_context(gen_cm(t)) for t in "pq"])
