# Attribute reads and writes at one site, repeated on instances of one
# class and then on others: every change that CPython sees (a class
# attribute or descriptor added later, a different shape, __dict__ edits,
# del, __getattribute__/__setattr__ defined afterwards, __del__ of a
# replaced value) must be seen here too.


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


def write_x(objs, v):
    for o in objs:
        o.x = v


def loop_read(o, n):
    s = 0
    for _ in range(n):
        s += o.x
    return s


ps = [P(i, -i) for i in range(5)]
print(read_x(ps), loop_read(ps[2], 50))

# Another shape (attributes made in another order) at the same site.
q = P.__new__(P)
q.y = 10
q.x = 20
print(read_x(ps + [q]))

# A data descriptor added to the class later wins over the instance dict.
P.x = property(lambda self: "prop")
print(read_x(ps[:2]), loop_read.__name__)
del P.x
print(read_x(ps[:2]))

# __dict__ edits are seen.
ps[0].__dict__["x"] = 99
vars(ps[1])["x"] = 98
print(read_x(ps[:3]))

# del, then the attribute is missing.
del ps[2].x
try:
    read_x(ps[:3])
except AttributeError as e:
    print("AttributeError:", e)

# Writes at one site replace values; the replaced value's __del__ runs at
# the store, as in CPython.
objs = [P(Noisy("a"), 0), P(Noisy("b"), 0)]
for k in range(3):
    print("round", k)
    write_x(objs, Noisy(f"r{k}"))
print("after writes")

# __setattr__ and __getattribute__ defined on the class afterwards.
def setattr_hook(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 2)

def getattribute_hook(self, name):
    v = object.__getattribute__(self, name)
    return ("seen", v)

ps2 = [P(1, 2), P(3, 4)]
for _ in range(3):
    write_x(ps2, 5)
print(read_x(ps2))
P.__setattr__ = setattr_hook
write_x(ps2, 7)
P.__getattribute__ = getattribute_hook
print(read_x(ps2))
del P.__getattribute__
del P.__setattr__
print(read_x(ps2))
del objs
print("end")
