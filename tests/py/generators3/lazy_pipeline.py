# Lazy generator pipelines over log lines: each stage prints when it pulls, proving laziness.
LOG = """\
2024-01-01 INFO start service
2024-01-01 WARN disk 81%
2024-01-02 ERROR db timeout after 30s
2024-01-02 INFO request ok
2024-01-03 ERROR cache miss storm
2024-01-03 WARN disk 92%
2024-01-04 INFO shutdown
"""


def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        print(f"    read {i}")
        yield line


def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}


def only(levels, records):
    return (r for r in records if r["level"] in levels)


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


pipe = take(2, only({"ERROR", "WARN"}, parse(read_lines(LOG))))
print("pipeline built, nothing read yet")
for rec in pipe:
    print(f"  -> {rec['date']} {rec['level']}: {rec['msg']}")
print("pipeline finished early")


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


def numbers():
    n = 1
    while True:
        yield n
        n += 1


squares = (x * x for x in numbers())
evens = (x for x in squares if x % 2 == 0)
print(list(take(4, window(evens, 3))))
gen = (len(line) for line in LOG.splitlines())
print(next(gen), next(gen), sum(gen))
print(list(gen), "exhausted")
levels = {}
for r in parse(line for line in LOG.splitlines()):
    levels.setdefault(r["level"], []).append(r["date"][-2:])
print(levels)
firsts = {lvl: next(r["msg"] for r in parse(LOG.splitlines()) if r["level"] == lvl) for lvl in sorted(levels)}
print(firsts)
