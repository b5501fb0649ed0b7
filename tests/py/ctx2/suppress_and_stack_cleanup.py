# Resource pools with contextmanager + ExitStack.callback, suppress for optional cleanup, and nested rollbacks.
from contextlib import contextmanager, suppress, ExitStack

pool = {"free": ["c1", "c2", "c3"], "used": []}


@contextmanager
def connection(tag):
    if not pool["free"]:
        raise RuntimeError(f"pool exhausted for {tag}")
    conn = pool["free"].pop(0)
    pool["used"].append(conn)
    print(f"  {tag} acquired {conn}")
    try:
        yield conn
    finally:
        pool["used"].remove(conn)
        pool["free"].append(conn)
        print(f"  {tag} released {conn}")


with connection("job1") as c:
    print("  using", c, pool)
print(pool)

with ExitStack() as stack:
    conns = [stack.enter_context(connection(f"w{i}")) for i in range(3)]
    print("  all busy:", conns, pool["free"])
    try:
        with connection("extra"):
            pass
    except RuntimeError as e:
        print("  RuntimeError:", e)
print(pool)

cache = {"a": 1}
with suppress(KeyError):
    del cache["missing"]
with suppress(KeyError):
    del cache["a"]
print(cache)

undo = []
try:
    with ExitStack() as stack:
        for step in ("create dir", "write file", "update index"):
            print("  do", step)
            stack.callback(undo.append, f"undo {step}")
            if step == "update index":
                raise OSError("index locked")
        stack.pop_all()
except OSError as e:
    print("failed:", e)
print(undo)

undo.clear()
with ExitStack() as stack:
    for step in ("a", "b"):
        stack.callback(undo.append, f"undo {step}")
    committed = stack.pop_all()
print("committed, nothing undone:", undo)
committed.close()
print("explicit close runs them:", undo)
