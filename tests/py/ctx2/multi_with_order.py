# Several managers in one with statement: enter/exit order, partial failure, and suppression.
class Res:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name

    def __exit__(self, et, ev, tb):
        print(f"exit {self.name} ({et.__name__ if et else 'clean'})")
        return self.suppress


with Res("a") as a, Res("b") as b, Res("c") as c:
    print("body", a, b, c)
print("---")
try:
    with Res("a"), Res("b", fail_enter=True), Res("c"):
        print("body never runs")
except RuntimeError as e:
    print("caught", e)
print("---")
with Res("outer", suppress=True), Res("inner"):
    raise ValueError("boom")
print("outer suppressed the error")
print("---")
with Res("x"), Res("y", suppress=True), Res("z"):
    raise KeyError("k")
print("y suppressed; x saw a clean exit")
print("---")
with (
    Res("p") as p,
    Res("q") as q,
):
    print("parenthesized", p + q)
print("---")


def use(items):
    for name in items:
        with Res(name):
            if name == "stop":
                return f"returned at {name}"
            print("working", name)
    return "finished"


print(use(["one", "stop", "never"]))
print("---")
for i in range(3):
    with Res(f"loop{i}"):
        if i == 1:
            continue
        print("body", i)
