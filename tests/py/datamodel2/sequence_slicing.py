# A custom immutable sequence: __getitem__ with ints/slices/negative indices, __len__, __iter__ fallback, index/count.
class Span:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def __len__(self):
        n = (self.stop - self.start + (self.step - (1 if self.step > 0 else -1))) // self.step
        return max(0, n)

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            return [self[j] for j in range(start, stop, step)]
        if not isinstance(i, int):
            raise TypeError(f"Span indices must be integers or slices, not {type(i).__name__}")
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("Span index out of range")
        return self.start + i * self.step

    def __repr__(self):
        return f"Span({self.start}, {self.stop}, {self.step})"


s = Span(3, 20, 4)
print(s, len(s), list(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:])
print(7 in s, 8 in s, list(reversed(s)), sorted(s, reverse=True)[:2])
print(len(Span(10, 0, -3)), list(Span(10, 0, -3)), list(Span(5, 5)), len(Span(0, 10, 20)))
print([list(range(3, 20, 4))[k] == s[k] for k in range(-len(s), len(s))].count(True))
for bad in (lambda: s[99], lambda: s["x"], lambda: Span(1, 2, 0)):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = iter(s)
print(next(it), next(it), type(it).__name__)
a, b, *rest = s
print(a, b, rest, max(s), min(s), sum(s), list(zip(s, "abc")))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))


class Grid:
    def __init__(self, w, h):
        self.cells = [[f"{r}{c}" for c in range(w)] for r in range(h)]

    def __getitem__(self, key):
        r, c = key
        if isinstance(r, slice) or isinstance(c, slice):
            rows = self.cells[r] if isinstance(r, slice) else [self.cells[r]]
            return [row[c] if isinstance(c, slice) else [row[c]] for row in rows]
        return self.cells[r][c]


g = Grid(4, 3)
print(g[1, 2], g[-1, -1], g[0:2, 1:3], g[:, 0], g[2, ::2])
