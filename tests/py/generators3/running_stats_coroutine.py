# A send()-driven coroutine computing running statistics, with throw() to reset and close().
def running_stats():
    n = 0
    total = 0.0
    lo = hi = None
    try:
        while True:
            try:
                x = yield {"n": n, "mean": total / n if n else None, "min": lo, "max": hi}
            except ValueError as e:
                print(f"  reset requested: {e}")
                n, total, lo, hi = 0, 0.0, None, None
                continue
            if x is None:
                continue
            n += 1
            total += x
            lo = x if lo is None else min(lo, x)
            hi = x if hi is None else max(hi, x)
    finally:
        print(f"  coroutine closing with n={n}")


co = running_stats()
print(next(co))
for v in [4, 8, 15]:
    print(co.send(v))
print(co.send(None))
print(co.throw(ValueError("new batch")))
print(co.send(2.5), co.send(-1))
co.close()
print(co.gi_frame is None)
try:
    co.send(1)
except StopIteration:
    print("StopIteration after close")

fresh = running_stats()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None)["n"])
try:
    fresh.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError propagated:", e)
print(fresh.gi_frame is None)


def averager():
    total = count = 0
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
    return total / count if count else 0


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
for key, values in data.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print({k: round(v, 4) for k, v in results.items()})
