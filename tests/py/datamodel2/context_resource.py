# __enter__/__exit__: transactions that roll back, exception suppression, and nesting order.
class Transaction:
    def __init__(self, db, name):
        self.db = db
        self.name = name

    def __enter__(self):
        print(f"begin {self.name}")
        self.snapshot = dict(self.db)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"commit {self.name}")
            return False
        print(f"rollback {self.name}: {exc_type.__name__}: {exc}")
        self.db.clear()
        self.db.update(self.snapshot)
        return issubclass(exc_type, KeyError)


db = {"alice": 100, "bob": 50}


def transfer(src, dst, amount):
    with Transaction(db, f"{src}->{dst}") as tx:
        db[src] -= amount
        if db[src] < 0:
            raise ValueError(f"insufficient funds in {src}")
        db[dst] += amount
        print(f"  inside {tx.name}: {db}")


transfer("alice", "bob", 30)
try:
    transfer("bob", "alice", 500)
except ValueError as e:
    print("caught:", e)
transfer("alice", "carol", 10)
print(db)


class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self.name

    def __exit__(self, *exc):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")


with Tag("html"), Tag("body") as b:
    with Tag("p") as p:
        print("  " * Tag.depth + f"text in {p} in {b}")


class Weird:
    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        print("exit got", t.__name__ if t else None, type(tb).__name__)
        return "truthy string"


with Weird() as w:
    1 / 0
print("suppressed, w =", w)
try:
    with Tag("a"), Weird(), Tag("b"):
        raise RuntimeError("deep")
except RuntimeError:
    print("not reached")
print("done")
