# In-place operators: __iadd__ and friends mutate and return self, fall back
# to the binary method when absent or when they return NotImplemented, and
# the assignment target receives whatever the method returns.


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __repr__(self):
        return f"Bag{self.items}"

    def __iadd__(self, other):
        print("  iadd")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("  add")
        return Bag(*self.items, *other)

    def __isub__(self, other):
        print("  isub -> NotImplemented")
        return NotImplemented

    def __sub__(self, other):
        print("  sub")
        return Bag(*[x for x in self.items if x not in other])

    def __imul__(self, n):
        return "replaced"

    def __ior__(self, other):
        self.items = sorted(set(self.items) | set(other))
        return self


b = Bag(1, 2)
alias = b
b += [3]
print(b, alias, b is alias)
b = b + [4]
print(b, alias, b is alias)
b -= [1]
print(b)
b |= [9, 2]
print(b)
b *= 2
print(b)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)


x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)

lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

try:
    z = OnlyAdd(1)
    z -= 1
except TypeError as e:
    print(type(e).__name__, e)
