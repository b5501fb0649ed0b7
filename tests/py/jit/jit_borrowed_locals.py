# Item and attribute accesses on a local read the local's object without
# counting a reference of their own; the object must stay alive and be
# freed at the same moments as in CPython, through deoptimization,
# exceptions and __del__.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def accumulate(rows: list[list[float]], n: int) -> float:
    total = 0.0
    for i in range(n):
        row = rows[i % len(rows)]
        for j in range(len(row)):
            row[j] = row[j] + 0.5 * j
            total += row[j]
    return total


def grow(xs: list, n: int) -> int:
    # ints outgrow 64 bits mid-loop: the compiled code leaves for the
    # interpreter with the item access half done.
    for _ in range(n):
        for j in range(len(xs)):
            xs[j] = xs[j] * 3 + 1
    return xs[-1]


def rebind(a):
    a = a[0]
    a = a[0]
    return a


def replace_items(xs):
    print("before")
    xs[0] = Noisy("new0")
    print("after")
    xs[1] = None
    print("end")


def out_of_range(xs, k):
    try:
        return xs[k]
    except IndexError as e:
        print("IndexError", e)
        return None


class Dyn:
    def __getattr__(self, name):
        print("getattr", name)
        return len(name)


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        print("set", x)
        self._v = x


def attrs(d, p, n: int) -> int:
    s = 0
    for i in range(n):
        s += d.abc
        p.v = p.v + i
    return s + p.v


def only_ref():
    # The local holds the only reference; reading an item must not free it.
    xs = [Noisy("a"), Noisy("b")]
    y = xs[1]
    del xs
    print("xs deleted")
    return y


for _ in range(3):
    print(accumulate([[1.0, 2.0, 3.0], [4.0, 5.0]], 50))
print(grow([1, 2, 3], 50))
print(rebind([[7]]))
items = [Noisy("old0"), Noisy("old1")]
replace_items(items)
print([x if x is None else x.name for x in items])
del items
print(out_of_range([1, 2], 5), out_of_range([1, 2], 1))
print(attrs(Dyn(), Prop(), 3))
y = only_ref()
print("got", y.name)
del y
print("done")
