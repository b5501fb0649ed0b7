# deque: both-end operations, rotate, maxlen eviction, indexing and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, d.count(2), d.index(3), 3 in d, 99 in d)
d.remove(3)
d.insert(1, "x")
print(d)
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d)
d.clear()
print(d, bool(d))
for op in (d.pop, d.popleft):
    try:
        op()
    except IndexError as e:
        print("IndexError", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
print(deque("abc") == deque("abc"), deque([1, 2]) < deque([1, 3]), deque([1]) + deque([2]), deque([0]) * 3)
e = deque(range(5))
e += [9]
print(e, e.copy() == e, e.copy() is e)
