# Subclass instances in hot loops (compiled code must not take the plain
# list/dict fast paths past an override), freeing moments and the cycle
# collector's counts.
import gc


class L(list):
    def __iter__(self):
        return iter([9, 9])

    def __len__(self):
        return 7

    def __getitem__(self, i):
        return -1


def f(l):
    t = 0
    for x in l:
        t += x
    return t, len(l), l[0], [y for y in l], sum(l), l[1:2]


for i in range(3000):
    r = f(L([1, 2, 3]))
print(r)


class Plain(list):
    pass


def g(l):
    t = 0
    for i in range(len(l)):
        t += l[i]
        l[i] = t
    return t


for i in range(2000):
    p = Plain([1, 2, 3])
    r = g(p)
print(r, p, type(p).__name__)


class Noisy(dict):
    def __del__(self):
        print("freed", dict(self))


n = Noisy(a=1)
n = None
print("after")


class D(dict):
    pass


x = Plain()
x.append(x)
d = D()
d["me"] = d
del x, d
print(gc.collect())


class T(tuple):
    pass


t = T([1, [2]])
t[1].append(t)
del t
print(gc.collect())
