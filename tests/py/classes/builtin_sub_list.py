# Subclasses of list and set: methods, operators, overrides, iteration.


class L(list):
    def total(self):
        return sum(self)


l = L([3, 1, 2])
l.append(5)
l.extend(L([8]))
print(l, l.total(), len(l), l[0], l[-1], l[1:3], type(l[1:3]).__name__)
print(sorted(l), max(l), min(l), list(reversed(l)), l.index(2), l.count(1), 5 in l)
l.sort()
print(l, type(l).__name__)
l += [7]
print(l, type(l).__name__)
print(l + [1], type(l + [1]).__name__, [0] + l, l * 2, 2 * L([1]))
print(l == [1, 2, 3, 5, 8, 7], [1] < L([2]), L([1, 2]) > [1], L() == L())
del l[0]
l[0] = 100
l[1:3] = ["x"]
print(l, l.pop(), l)
for i, x in enumerate(L("ab")):
    print(i, x)
a, b, c = L([1, 2, 3])
print(a, b, c)
print(", ".join(L(["p", "q"])), list(map(str, L([1, 2]))), [x * 2 for x in L([1, 2])])
try:
    L() + 1
except TypeError as e:
    print("TypeError", e)
try:
    L().pop()
except IndexError as e:
    print("IndexError", e)
try:
    L([1])[5]
except IndexError as e:
    print("IndexError", e)
try:
    hash(L())
except TypeError as e:
    print("TypeError", e)
try:
    L(1, 2)
except TypeError as e:
    print("TypeError", e)


class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)

    def __repr__(self):
        return "Stack" + list.__repr__(self)


s = Stack(1, 2)
s.push(3)
print(s, s.pushes, str(s), [s], len(s), s[-1])


class Shifted(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i - 1)

    def __len__(self):
        return 99


sh = Shifted([10, 20, 30])
print(sh[1], sh[3], len(sh), list(sh), sorted(sh), bool(sh))


class Tracked(list):
    def append(self, x):
        print("append", x)
        super().append(x)


t = Tracked()
t.append(1)
t.extend([2])  # extend does not call append
print(t, list.__len__(t), t.__len__(), t.__getitem__(0), t.__contains__(2))


class ST(set):
    pass


st = ST([3, 1])
st.add(2)
print(st, len(st), 2 in st, sorted(st), st | {9}, st & {1, 5}, st - {1}, type(st | {9}).__name__)
print(ST(), repr(ST([1])), st == {1, 2, 3}, st <= {1, 2, 3, 4}, isinstance(st, set))
st |= {10}
print(type(st).__name__, sorted(st))


class FS(frozenset):
    pass


fs = FS([1, 2])
print(fs, FS(), hash(fs) == hash(frozenset([1, 2])), {fs: "ok"}[frozenset([1, 2])], fs | {3})
