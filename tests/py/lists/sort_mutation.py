# A list being sorted looks empty to key functions and __lt__; changing it
# then makes list.sort raise "ValueError: list modified during sort" (the
# list keeps its sorted items; what was added is dropped).

lst = [3, 1, 2]


def peek(x):
    print("key sees", len(lst), lst)
    return x


lst.sort(key=peek)
print(lst)


def grow(x):
    lst.append(x * 10)
    return x


lst = [5, 2, 8, 1]
try:
    lst.sort(key=grow)
except ValueError as e:
    print("ValueError:", e, lst)
lst = [5, 2, 8, 1]
try:
    lst.sort(key=grow, reverse=True)
except ValueError as e:
    print("ValueError:", e, lst)


class Meddler:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(self.v)
        return self.v < other.v

    def __repr__(self):
        return f"M{self.v}"


box = []
box.extend(Meddler(v, box) for v in [4, 2, 9, 1, 7] * 20)
try:
    box.sort()
except ValueError as e:
    print("ValueError:", e, box[:10], len(box))
for m in box:
    m.target = None

# Clearing or sorting the (empty-looking) list changes nothing: no error.
lst = [3, 1, 2]
lst.sort(key=lambda x: (lst.clear(), x)[1])
print(lst)
lst = [3, 1, 2]
lst.sort(key=lambda x: (lst.sort(), -x)[1])
print(lst)


# A key that raises after changing the list: its exception wins.
def grow_then_fail(x):
    lst.append(x)
    if x == 2:
        raise KeyError(x)
    return x


lst = [3, 1, 2, 0]
try:
    lst.sort(key=grow_then_fail)
except KeyError as e:
    print("KeyError:", e, lst)

# Slice assignment inside the key.
def overwrite(x):
    lst[:] = [9, 9]
    return x


lst = [3, 1, 2]
try:
    lst.sort(key=overwrite)
except ValueError as e:
    print("ValueError:", e, lst)

# sorted() sorts a copy: changing the source is no error.
src = [3, 1, 2]
print(sorted(src, key=lambda x: src.append(x) or x), src)

# Popping from the empty-looking list fails inside the key.
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.pop())
except IndexError as e:
    print("IndexError:", e, lst)
