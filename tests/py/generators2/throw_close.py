# generator.throw raises at the paused yield: the generator may catch it
# and yield again, let it propagate, or convert it; close() raises
# GeneratorExit, runs finally blocks, and complains if the generator yields.


def worker():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print(f"  worker caught {e}")
            n = -1
        except GeneratorExit:
            print("  worker closing")
            raise
        finally:
            print(f"  finally after {n}")
        n += 1


w = worker()
print(next(w), next(w))
print(w.throw(ValueError("reset")))
print(next(w))
try:
    w.throw(KeyError("unhandled"))
except KeyError as e:
    print(type(e).__name__, e)
print(next(w, "exhausted"))

w2 = worker()
next(w2)
w2.close()
w2.close()
print("closed twice without error")
print(worker().close())


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


c = convert()
next(c)
try:
    c.throw(ZeroDivisionError)
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
fresh = worker()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted:", type(e).__name__, e)
