# A timing context manager built on perf_counter/monotonic; only facts that
# hold on any machine are printed (types, ordering, non-negativity).
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.laps = []

    def __enter__(self):
        self.start = self.clock()
        return self

    def lap(self):
        self.laps.append(self.clock() - self.start)

    def __exit__(self, *exc):
        self.elapsed = self.clock() - self.start
        return False


with Timer() as t:
    squares = [i * i for i in range(5000)]
    t.lap()
    total = sum(squares)
    t.lap()
print(total, len(t.laps), all(x >= 0 for x in t.laps), t.laps == sorted(t.laps))
print(t.elapsed >= t.laps[-1], type(t.elapsed).__name__)

with Timer(time.monotonic_ns) as n:
    time.sleep(0.005)
print(type(n.elapsed).__name__, n.elapsed >= 4_000_000)

stamps = [time.monotonic() for _ in range(50)]
print(all(a <= b for a, b in zip(stamps, stamps[1:])))
ns = time.time_ns()
print(abs(ns / 1e9 - time.time()) < 60)

try:
    with Timer() as broken:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, broken.elapsed >= 0)
try:
    time.perf_counter(1)
except TypeError as e:
    print("TypeError", e)
