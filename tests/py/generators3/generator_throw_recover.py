# throw() into generators: recovery, propagation, throw into yield from, and state after errors.
def tolerant(items):
    results = []
    for item in items:
        try:
            yield item
            results.append(item)
        except ValueError as e:
            print(f"  skipping {item!r}: {e}")
    return results


t = tolerant(["a", "b", "c", "d"])
print(next(t))
print(t.throw(ValueError("bad a")))
print(next(t))
print(t.throw(ValueError, ValueError("bad c")))
try:
    next(t)
except StopIteration as e:
    print("StopIteration value:", e.value)


def inner():
    try:
        yield "inner-1"
        yield "inner-2"
    except KeyError as e:
        print("  inner caught", e)
        yield "inner-recovered"
    return "inner-done"


def outer():
    r = yield from inner()
    print("  outer got", r)
    yield "outer-after"


o = outer()
print(next(o), o.throw(KeyError("k")), next(o))


def fragile():
    yield 1
    yield 2


f = fragile()
next(f)
try:
    f.throw(IndexError("fatal"))
except IndexError as e:
    print("propagated:", e)
print(list(f), "generator is finished after uncaught throw")

g = fragile()
try:
    g.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw:", e, list(g))


def converter():
    while True:
        try:
            x = yield
            print("  value", x)
        except ZeroDivisionError:
            raise ArithmeticError("converted") from None


c = converter()
next(c)
c.send(3)
try:
    c.throw(ZeroDivisionError)
except ArithmeticError as e:
    print("ArithmeticError:", e, e.__context__ is not None, e.__suppress_context__)


def stop_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
