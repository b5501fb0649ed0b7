import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.time_ns()
time.sleep(0.01)
time.sleep(0)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
n1 = time.time_ns()
print(type(t0).__name__, type(n0).__name__, type(time.perf_counter_ns()).__name__)
print(t1 >= t0, p1 - p0 >= 0.009, m1 >= m0, n1 > n0)
print(t0 > 1.6e9, abs(n0 / 1e9 - t0) < 5)
print(time.monotonic_ns() > 0)
for t, f in [
    ("time.sleep(-1)", lambda: time.sleep(-1)),
    ('time.sleep("x")', lambda: time.sleep("x")),
    ("time.sleep()", lambda: time.sleep()),
    ("time.time(1)", lambda: time.time(1)),
]:
    try:
        print(t, "->", repr(f()))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
