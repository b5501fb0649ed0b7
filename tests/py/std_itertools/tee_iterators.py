# tee: independent copies of one iterator, consumed at different paces.
from itertools import islice, tee


def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i


a, b = tee(noisy(3))
print(next(a), next(a))
print(next(b))
print(list(a), list(b))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee(range(3))))
first, second = tee(range(5))
second = islice(second, 1, None)
print(list(zip(first, second)))
c1, c2 = tee(iter([10, 20, 30]))
c3, = tee(c1, 1)
print(next(c3), list(c2), list(c3))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
orig = iter(range(4))
t1, t2 = tee(orig)
print(next(orig), list(t1), list(t2))
