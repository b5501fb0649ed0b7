"""Iterator building blocks, lazily, in CPython's output order.

The infinite and stateful ones (`count`, `cycle`, `repeat`, `chain`,
`islice`, `groupby`, `tee`) are classes (their reprs and errors are
CPython's); the others are generators.
"""


class count:
    """count(start=0, step=1): start, start+step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class cycle:
    """cycle(iterable): its items, then again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
        if not self._saved:
            raise StopIteration
        self._index = (self._index + 1) % len(self._saved)
        return self._saved[self._index]


class repeat:
    """repeat(obj, times=None): obj, times times (forever without)."""

    def __init__(self, obj, times=None):
        self._obj = obj
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


class chain:
    """chain(*iterables): the items of each in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._sources = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None:
                self._current = iter(next(self._sources))
            for x in self._current:
                return x
            self._current = None


def _islice_index(v, what):
    if v is None:
        return None
    try:
        i = v.__index__()
    except AttributeError:
        i = None
    if i is None or i < 0:
        raise ValueError(
            f"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    return i


class islice:
    """islice(iterable, stop) / islice(iterable, start, stop[, step])."""

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
            stop = _islice_index(stop, "Stop")
        elif 2 <= len(args) <= 3:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            start = _islice_index(start, "Indices")
            stop = _islice_index(stop, "Stop")
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if step is not None:
            try:
                s = step.__index__()
            except AttributeError:
                s = 0
            if s < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
            step = s
        self._it = iter(iterable)
        self._next = start or 0
        self._stop = stop
        self._step = step or 1
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            # Consume nothing more (CPython stops at once).
            self._it = iter(())
            raise StopIteration
        while self._pos < self._next:
            next(self._it)
            self._pos += 1
        x = next(self._it)
        self._pos += 1
        self._next += self._step
        return x


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        break


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                row.append(fillvalue)
        yield tuple(row)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    for r in result:
        yield r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    """groupby(iterable, key=None): (key, group) for runs of equal keys; a
    group is valid until the next one is taken."""

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._want = self._key = self._value = object()
        self._token = None

    def __iter__(self):
        return self

    def __next__(self):
        self._token = object()
        while self._key == self._want:
            self._value = next(self._it)
            self._key = self._keyfunc(self._value)
        self._want = self._key
        return self._key, self._grouper(self._want, self._token)

    def _grouper(self, want, token):
        while self._token is token and self._key == want:
            yield self._value
            try:
                self._value = next(self._it)
            except StopIteration:
                return
            self._key = self._keyfunc(self._value)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                for x in it:
                    for b in buffers:
                        b.append(x)
                    break
                else:
                    return
            yield mine.pop(0)

    return tuple(gen(b) for b in buffers)
