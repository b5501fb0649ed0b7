# A sparse matrix with __getitem__/__setitem__/__delitem__/__contains__/__len__/__iter__/__reversed__.
class Sparse:
    def __init__(self, rows, cols):
        self.shape = (rows, cols)
        self.data = {}

    def _check(self, key):
        if not (isinstance(key, tuple) and len(key) == 2):
            raise TypeError(f"index must be a (row, col) pair, not {type(key).__name__}")
        r, c = key
        if not (0 <= r < self.shape[0] and 0 <= c < self.shape[1]):
            raise IndexError(f"index {key} out of range for shape {self.shape}")
        return key

    def __getitem__(self, key):
        if isinstance(key, int):
            return [self.data.get((key, c), 0) for c in range(self.shape[1])]
        return self.data.get(self._check(key), 0)

    def __setitem__(self, key, value):
        key = self._check(key)
        if value == 0:
            self.data.pop(key, None)
        else:
            self.data[key] = value

    def __delitem__(self, key):
        del self.data[self._check(key)]

    def __contains__(self, value):
        return value in self.data.values() or (value == 0 and len(self.data) < self.shape[0] * self.shape[1])

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for r in range(self.shape[0]):
            yield self[r]

    def __reversed__(self):
        for r in reversed(range(self.shape[0])):
            yield self[r][::-1]


m = Sparse(3, 4)
m[0, 1] = 5
m[2, 3] = 7
m[1, 1] = 2
m[1, 1] = 0
print(len(m), sorted(m.data.items()))
print(m[0, 1], m[1, 1], m[2])
print(list(m))
print(list(reversed(m)))
print(5 in m, 2 in m, 0 in m)
del m[0, 1]
print(len(m), list(m)[0])
for bad in [lambda: m[5, 0], lambda: m["a"], lambda: m.__delitem__((0, 0)), lambda: m[(1, 2, 3)]]:
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
total = sum(sum(row) for row in m)
print(total, [max(row) for row in m], any(7 in row for row in m))
r0, r1, r2 = m
print(r2, enumerate(m).__class__.__name__, dict(enumerate(len([x for x in row if x]) for row in m)))
