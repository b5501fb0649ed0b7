# contextlib.contextmanager: setup/teardown, exceptions inside the with-block, and yielding values.
from contextlib import contextmanager, suppress, nullcontext, redirect_stdout
import io

state = {"indent": 0, "env": {"MODE": "prod"}}


@contextmanager
def indented(label):
    print("  " * state["indent"] + f"begin {label}")
    state["indent"] += 1
    try:
        yield state["indent"]
    except ValueError as e:
        print("  " * state["indent"] + f"handled ValueError: {e}")
    finally:
        state["indent"] -= 1
        print("  " * state["indent"] + f"end {label}")


@contextmanager
def patched_env(**changes):
    old = dict(state["env"])
    state["env"].update(changes)
    try:
        yield state["env"]
    finally:
        state["env"].clear()
        state["env"].update(old)


with indented("outer") as depth:
    print("  depth", depth)
    with indented("inner") as d2:
        print("    depth", d2)
        raise ValueError("inner problem")
    print("  continuing after handled error")

with patched_env(MODE="test", DEBUG="1") as env:
    print(sorted(env.items()))
print(state["env"])

try:
    with patched_env(MODE="broken"):
        raise KeyError("escapes")
except KeyError as e:
    print("KeyError escaped, env restored:", state["env"], e)

with suppress(FileNotFoundError, ZeroDivisionError):
    print("about to divide")
    1 / 0
    print("never")
print("after suppress")

with nullcontext("value") as v:
    print("nullcontext gives", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2)
print(repr(buf.getvalue()))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def double_yield():
    yield 1
    yield 2


try:
    with double_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(state["indent"])
