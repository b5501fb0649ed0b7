# A round-robin task scheduler on collections.deque: rotate, appendleft, maxlen history, extendleft.
from collections import deque


def task(name, steps):
    for i in range(steps):
        yield f"{name}:{i}"


ready = deque([("A", task("A", 3)), ("B", task("B", 1)), ("C", task("C", 2))])
history = deque(maxlen=4)
while ready:
    name, t = ready.popleft()
    try:
        step = next(t)
    except StopIteration:
        print(f"{name} done")
        continue
    history.append(step)
    print(step, "| history:", list(history))
    ready.append((name, t))
print(history, history.maxlen)

d = deque(range(1, 8))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft("xyz")
print(d, d.index(3), d.count("x"))
d.appendleft(0)
d.remove("y")
print(d.pop(), d.popleft(), d)
d.reverse()
print(d, len(d), d[0], d[-1], 5 in d)
d.insert(2, "ins")
print(d)
del d[0]
d[1] = "set"
print(d, d * 2 if len(d) < 5 else list(d)[:3])
ring = deque([1, 2, 3], maxlen=3)
ring.append(4)
ring.appendleft(0)
print(ring)
ring.extend([7, 8])
print(ring, ring.copy() == ring, ring.copy() is ring)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ring.index(99)
except ValueError as e:
    print("ValueError:", e)


def tail(lines, n):
    return list(deque(lines, maxlen=n))


print(tail(["l1", "l2", "l3", "l4", "l5"], 2), tail([], 3))


def moving_average(seq, n=3):
    window = deque(maxlen=n)
    for x in seq:
        window.append(x)
        if len(window) == n:
            yield round(sum(window) / n, 2)


print(list(moving_average([40, 30, 50, 46, 39, 44])))
d2 = deque([3, 1, 2])
d2.clear()
print(d2, bool(d2), deque("ab") + deque("cd"), deque([1, 2]) < deque([1, 3]))
