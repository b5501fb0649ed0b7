# Reference cycles without finalizers: all freed by teardown's
# collections (the leak check would report them otherwise).
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


a = Node(1)
b = Node(2)
a.next = b
b.next = a
l = []
l.append(l)
d = {}
d["self"] = d


def rec():
    def inner(n):
        return 0 if n == 0 else inner(n - 1)

    return inner


r = rec()
print(r(5))


class Base:
    def hello(self):
        return "base"


class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()


print(Derived().hello())


class M:
    def m(self):
        return 1


m = M()
m.bound = m.m
print(m.bound())


def gen():
    box = [None]
    box[0] = (yield 1)
    yield 2


g = gen()
print(next(g))
lst = [g]
lst.append(lst)
t = ([],)
t[0].append(t)
try:
    raise ValueError("kept")
except ValueError as e:
    err = e
err.args[0]
holder = [err]
for i in range(100):
    x = [i]
    x.append(x)
print("end")
