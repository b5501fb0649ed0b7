# yield from delegates iteration, send and throw to a subgenerator and
# evaluates to its return value; it works on any iterable; nested
# delegation passes values through every level.


def sub(label):
    received = []
    for i in range(2):
        got = yield f"{label}{i}"
        received.append(got)
    return f"{label} got {received}"


def outer():
    r1 = yield from sub("a")
    print("  r1 =", r1)
    r2 = yield from sub("b")
    print("  r2 =", r2)
    return [r1, r2]


g = outer()
print(next(g), g.send(1), g.send(2), g.send(3))
try:
    g.send(4)
except StopIteration as e:
    print("outer returned", e.value)


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def from_iterables():
    n = yield from range(3)
    m = yield from "xy"
    yield (n, m)


print(list(from_iterables()))


def catcher():
    try:
        yield 1
    except KeyError:
        yield "sub handled KeyError"
    return "sub done"


def delegator():
    result = yield from catcher()
    yield f"delegator saw {result!r}"


d = delegator()
print(next(d), d.throw(KeyError), next(d))


def level(n):
    if n == 0:
        x = yield "bottom"
        return x * 2
    return (yield from level(n - 1)) + 1


lv = level(3)
print(next(lv))
try:
    lv.send(10)
except StopIteration as e:
    print("value through 3 levels:", e.value)
