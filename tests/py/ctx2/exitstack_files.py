# ExitStack managing a dynamic number of resources, callbacks, pop_all and error unwinding.
from contextlib import ExitStack, contextmanager

events = []


@contextmanager
def opened(name, fail=False):
    events.append(f"open {name}")
    if fail:
        raise OSError(f"cannot open {name}")
    try:
        yield name.upper()
    finally:
        events.append(f"close {name}")


with ExitStack() as stack:
    handles = [stack.enter_context(opened(n)) for n in ("a", "b", "c")]
    stack.callback(events.append, "callback 1")
    stack.callback(lambda: events.append("callback 2"))
    print(handles)
print(events)

events.clear()
try:
    with ExitStack() as stack:
        for n, fail in (("x", False), ("y", False), ("z", True)):
            stack.enter_context(opened(n, fail))
except OSError as e:
    print("OSError:", e)
print(events)

events.clear()


def acquire_all(names):
    with ExitStack() as stack:
        got = [stack.enter_context(opened(n)) for n in names]
        keep = stack.pop_all()
    return got, keep


got, keeper = acquire_all(["p", "q"])
print(got, events)
keeper.close()
print(events)

events.clear()
with ExitStack() as outer:
    @outer.push
    def on_exit(exc_type, exc, tb):
        events.append(f"push saw {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError
    outer.enter_context(opened("m"))
    raise KeyError("swallowed")
print("after suppressed KeyError:", events)

events.clear()
try:
    with ExitStack() as s:
        s.callback(events.append, "cb runs even on error")
        s.enter_context(opened("n"))
        1 / 0
except ZeroDivisionError:
    events.append("ZeroDivisionError escaped")
print(events)
