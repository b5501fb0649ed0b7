# Exceptions raised and caught inside compiled code: handlers, else and
# finally, re-raising, chaining, `with`, and the handled-exception state,
# in loops hot enough to be compiled; the outputs and tracebacks are
# CPython's.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Oops(Exception):
    pass


def risky(i: int) -> int:
    if i % 3 == 0:
        raise Oops(f"bad {i}")
    if i % 5 == 0:
        return int("x" + str(i))
    return i * 2


def pair(a, b):
    return b


def loop(n: int) -> list:
    out = [0, 0, 0, 0]
    for i in range(n):
        try:
            v = risky(i)
        except Oops as e:
            out[0] += 1
            if i == 3:
                print("caught", e, type(e).__name__, e.__context__)
        except ValueError as e:
            out[1] += 1
            if i == 5:
                print("caught", e)
        else:
            out[2] += v
        finally:
            out[3] += 1
    return out


print(loop(3000))


def nested(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            try:
                risky(i)
            except Oops:
                total += 1
                raise KeyError(i)
        except KeyError as e:
            total += 10
            if i == 3:
                print("chained", repr(e), repr(e.__context__))
        except ValueError:
            total += 100
    return total


print(nested(3000))


def reraise(n: int) -> int:
    count = 0
    for i in range(n):
        try:
            try:
                risky(i)
            except Oops:
                count += 1
                raise
        except Oops as e:
            if i == 6:
                print("re-raised", e, e.__cause__, e.__context__)
        except ValueError:
            pass
    return count


print(reraise(3000))


def cause(n: int) -> int:
    seen = 0
    for i in range(n):
        try:
            try:
                risky(i)
            except ValueError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            seen += 1
            if i == 10:
                print("cause", repr(e.__cause__), e.__suppress_context__)
        except Oops:
            pass
    return seen


print(cause(3000))


def finally_return(i: int) -> int:
    try:
        if i % 2:
            return i
        raise Oops("even")
    except Oops:
        return -i
    finally:
        if i == 4:
            print("finally at", i)


print(sum(finally_return(i) for i in range(2000)))


class Suppress:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            self.n += 1
        return t is Oops


def with_loop(n: int) -> int:
    s = Suppress()
    for i in range(n):
        with s:
            risky(i)
    return s.n


try:
    print(with_loop(3000))
except ValueError as e:
    print("escaped with", e)


def temps(n: int) -> int:
    k = 0
    for i in range(n):
        try:
            pair(Noisy(f"t{i}") if i == 9 else i, risky(i))
        except Oops:
            k += 1
            if i == 9:
                print("handler runs")
        except ValueError:
            pass
    return k


print(temps(12))
print(temps(2000))


def context_loop(n: int) -> int:
    # A raise inside a handler gets the handled exception as its context;
    # after the handler, none.
    depth = 0
    for i in range(n):
        try:
            risky(i)
        except Oops:
            try:
                raise KeyError(i)
            except KeyError as k:
                if type(k.__context__) is Oops:
                    depth += 1
        except ValueError:
            pass
        try:
            raise IndexError(i)
        except IndexError as x:
            if x.__context__ is not None:
                depth += 1000
    return depth


print(context_loop(3000))


def over_items(items: list, table: dict) -> list:
    # The loops' iterators live across the handlers.
    found = []
    for x in items:
        for k in table:
            try:
                found.append(table[k][x])
            except (KeyError, IndexError) as e:
                found.append(type(e).__name__)
            except TypeError:
                found.append("T")
    return found


r = over_items([0, 1, 5, "a"] * 200, {"p": [1, 2], "q": {0: "z"}, "r": (7, 8, 9)})
print(len(r), r[:12])


def escape(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            total += risky(i)
        except Oops:
            total -= 1
    return total


escape(2000)
