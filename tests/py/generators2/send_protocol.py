# generator.send: the first send must be None, each send resumes the
# paused yield with a value and returns the next yielded value; a running
# average coroutine and a generator that echoes what it receives.


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)

b = averager()
try:
    b.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(b.send(None), b.send(4))


def echo():
    received = []
    while len(received) < 3:
        got = yield f"got {len(received)}"
        received.append(got)
    return received


e = echo()
print(next(e), e.send("a"), next(e))
try:
    e.send("d")
except StopIteration as stop:
    print(stop.value)
try:
    e.send("after end")
except StopIteration as stop:
    print("again:", repr(stop.value))
print(type(e).__name__, e.gi_running, e.gi_frame)
