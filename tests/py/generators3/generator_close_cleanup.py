# Generator cleanup: close() runs finally blocks, GeneratorExit handling, and errors from close.
def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    except GeneratorExit:
        log.append(f"GeneratorExit in {name}")
        raise
    finally:
        log.append(f"close {name}")


log = []
g = resource("db", log)
print(next(g), next(g))
g.close()
print(log)
g.close()
print("second close is a no-op", log[-1])

log.clear()
for item in resource("file", log):
    if item.endswith("1"):
        break
print(log)

log.clear()
print(list(resource("net", log)), log)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def raises_on_close():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


r = raises_on_close()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError from close:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


q = returns_on_exit()
next(q)
print(q.close(), "close returns None")
unstarted = resource("never", log)
log.clear()
unstarted.close()
print(log, "unstarted generator: no finally run")


def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1


c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
print(c.gi_running, c.gi_frame is not None)
c.close()
print(c.gi_frame)
