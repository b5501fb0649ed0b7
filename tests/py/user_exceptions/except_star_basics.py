# except* handles matching parts of an exception group: each clause runs
# at most once with a group of the matching leaves, unmatched parts are
# re-raised as a group, and a naked exception is wrapped in a group.


def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("  ValueError part:", repr(g))
    except* (KeyError, IndexError) as g:
        print("  lookup part:", [type(e).__name__ for e in g.exceptions])


run(ExceptionGroup("all handled", [ValueError(1), KeyError(2), ValueError(3), IndexError(4)]))
try:
    run(ExceptionGroup("partly", [TypeError("t"), ValueError("v"), ExceptionGroup("nest", [OSError("o"), KeyError("k")])]))
except ExceptionGroup as rest:
    print("left over:", repr(rest))
run(ValueError("naked"))
try:
    run(TypeError("naked unmatched"))
except TypeError as e:
    print("naked unmatched propagates as itself:", repr(e))

try:
    raise ExceptionGroup("g", [ValueError("a")])
except* ValueError:
    print("  handled without binding")
print("after")


class Retryable(Exception):
    pass


def collect():
    errors = []
    for i in range(4):
        try:
            if i % 2:
                raise Retryable(f"job {i}")
        except Retryable as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("jobs failed", errors)


try:
    collect()
except* Retryable as g:
    print("retry:", [str(e) for e in g.exceptions], g.message)
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        raise KeyError("raised in handler")
except KeyError as e:
    print(repr(e), repr(e.__context__))
