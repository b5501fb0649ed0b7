# Generators compiled: run and resumed at each `yield` in compiled code,
# with send, throw, close, finally, try/except around a yield, ints that
# outgrow a machine word mid-generator (leaving compiled code), return
# values, and tracebacks through a compiled generator's lines.


def count(n: int):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        if x % 2:
            got = yield x * x
            if got is not None:
                print("sent", got)


def grow(n: int):
    # Passes 2**63 part way: the int leaves the machine word.
    v = 1
    for _ in range(n):
        yield v
        v = v * 3 + 1


def guarded(xs):
    for x in xs:
        try:
            yield 100 // x
        except ZeroDivisionError:
            yield -1
        finally:
            pass


def with_return(n: int):
    total = 0
    for i in range(n):
        total += yield i
    return total


def closing():
    try:
        for i in range(1000000):
            yield [i, i * 2.5]
    finally:
        print("closed")


def failing(n: int):
    for i in range(n):
        if i == n - 1:
            raise ValueError(f"at {i}")
        yield i


for _ in range(3):
    print(sum(squares(count(20000))))
g = squares(count(10))
print(next(g), g.send("hello"), list(g))
print(sum(1 for v in grow(60) if v % 2), list(grow(45))[-1])
print(list(guarded([1, 0, 3, 0, 7] * 3)))
w = with_return(5)
next(w)
try:
    for k in range(10):
        w.send(k)
except StopIteration as e:
    print("returned", e.value)
c = closing()
for item in c:
    if item[0] == 3000:
        break
print(item)
c.close()
c2 = closing()
print(next(c2))
del c2
t = count(100)
print(next(t), next(t))
try:
    t.throw(KeyError("boom"))
except KeyError as e:
    print("thrown", e)
print(list(t))
print(sum(x for x in count(1000) if x % 3 == 0))
print(max((x * 7) % 101 for x in range(5000)))
nested = (a * b for a in count(30) for b in count(a))
print(sum(nested))
for v in failing(1000):
    pass
