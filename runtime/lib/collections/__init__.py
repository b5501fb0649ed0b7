"""Container datatypes: deque, defaultdict, Counter, OrderedDict,
namedtuple, ChainMap (krait's implementation, in Python)."""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'defaultdict',
    'deque',
    'namedtuple',
]


# ---------------------------------------------------------------- deque

class deque:
    """A double-ended queue: items live in a dict keyed by position, between
    `_lo` (first) and `_hi` (one past the last), so both ends are O(1)."""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None, *more):
        if more:
            raise TypeError(f'deque() takes at most 2 arguments ({2 + len(more)} given)')
        if maxlen is not None:
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = {}
        self._lo = 0
        self._hi = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return self._hi - self._lo

    def __bool__(self):
        return self._hi != self._lo

    def _touch(self):
        self._state += 1

    def append(self, x):
        self._touch()
        if self._maxlen == 0:
            return
        self._items[self._hi] = x
        self._hi += 1
        if self._maxlen is not None and self._hi - self._lo > self._maxlen:
            del self._items[self._lo]
            self._lo += 1

    def appendleft(self, x):
        self._touch()
        if self._maxlen == 0:
            return
        self._lo -= 1
        self._items[self._lo] = x
        if self._maxlen is not None and self._hi - self._lo > self._maxlen:
            self._hi -= 1
            del self._items[self._hi]

    def pop(self):
        if self._hi == self._lo:
            raise IndexError('pop from an empty deque')
        self._touch()
        self._hi -= 1
        return self._items.pop(self._hi)

    def popleft(self):
        if self._hi == self._lo:
            raise IndexError('pop from an empty deque')
        self._touch()
        x = self._items.pop(self._lo)
        self._lo += 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._touch()
        self._items.clear()
        self._lo = 0
        self._hi = 0

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop is None:
            stop = n
        elif stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            y = self._items[self._lo + i]
            if y is x or y == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        i = _index(i)
        if i < 0:
            i = max(i + n, 0)
        if i >= n:
            self.append(x)
            return
        items = list(self)
        items.insert(i, x)
        self._refill(items)

    def remove(self, x):
        for i in range(len(self)):
            y = self._items[self._lo + i]
            if y is x or y == x:
                del self[i]
                return
        raise ValueError(f'{x!r} is not in deque')

    def reverse(self):
        self._refill(list(self)[::-1])

    def rotate(self, n=1):
        n = _index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        for _ in range(n):
            self.appendleft(self.pop())

    def _refill(self, items):
        self._touch()
        self._items = {}
        self._lo = 0
        self._hi = 0
        for x in items:
            self._items[self._hi] = x
            self._hi += 1

    def _pos(self, i):
        if type(i) is not int and not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = self._hi - self._lo
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._lo + i

    def __getitem__(self, i):
        return self._items[self._pos(i)]

    def __setitem__(self, i, x):
        self._items[self._pos(i)] = x

    def __delitem__(self, i):
        p = self._pos(i)
        items = list(self)
        del items[p - self._lo]
        self._refill(items)

    def __iter__(self):
        state = self._state
        i = self._lo
        while i < self._hi:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[i]
            i += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        i = self._hi - 1
        while i >= self._lo:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[i]
            i -= 1

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        name = type(self).__name__
        body = repr(list(self))
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        items = list(self)
        result = self.__class__((), self._maxlen)
        for _ in range(_index(n)):
            result.extend(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(_index(n)):
            self.extend(items)
        return self


def _index(n):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return int(n)


# ---------------------------------------------------------- defaultdict

class defaultdict(dict):
    """A dict whose missing keys are made by `default_factory()`."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# -------------------------------------------------------------- Counter

def _is_mapping(x):
    return isinstance(x, dict) or (hasattr(x, 'keys') and hasattr(x, '__getitem__'))


class Counter(dict):
    """A dict counting hashable items: missing items count zero."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # A stable sort by count: equal counts keep insertion order.
        ranked = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        for item, count in self.items():
            while count > 0:
                yield item
                count -= 1

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for item in iterable.keys():
                        self[item] = iterable[item] + self.get(item, 0)
                else:
                    dict.update(self, iterable)
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for item in iterable.keys():
                    self[item] = self.get(item, 0) - iterable[item]
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, item):
        if item in self:
            dict.__delitem__(self, item)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            body = repr(dict(self.most_common()))
        except TypeError:
            body = dict.__repr__(self)
        return f'{type(self).__name__}({body})'

    # Comparisons treat missing items as zero counts.
    def _all(self, other, test):
        for c in (self, other):
            for item in c:
                if not test(self[item], other[item]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def _combine(self, other, pick):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            n = pick(count, other[item])
            if n > 0:
                result[item] = n
        for item, count in other.items():
            if item not in self:
                n = pick(0, count)
                if n > 0:
                    result[item] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: a if a >= b else b)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a <= b else b)

    def __pos__(self):
        result = Counter()
        for item, count in self.items():
            if count > 0:
                result[item] = count
        return result

    def __neg__(self):
        result = Counter()
        for item, count in self.items():
            if count < 0:
                result[item] = 0 - count
        return result

    def _keep_positive(self):
        for item in [k for k, v in self.items() if not v > 0]:
            dict.__delitem__(self, item)
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, count in other.items():
            if count > self[item]:
                self[item] = count
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            if other[item] < count:
                self[item] = other[item]
        return self._keep_positive()


def _second(pair):
    return pair[1]


# ---------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does), with
    reordering and order-sensitive equality."""

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ----------------------------------------------------------- namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_property(index, name):
    def get(self):
        return tuple.__getitem__(self, index)
    return property(get, None, None, f'Alias for field number {index}')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named `typename` whose items are also attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(
                f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(
                f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[nfields - len(defaults):], defaults):
            field_defaults[name] = value
    ndefaults = len(field_defaults)
    qual = f'{typename}.__new__'

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if nargs > nfields:
            if ndefaults:
                takes = f'from {nfields - ndefaults + 1} to {nfields + 1} positional arguments'
            elif nfields == 0:
                takes = '1 positional argument'
            else:
                takes = f'{nfields + 1} positional arguments'
            raise TypeError(f'{qual}() takes {takes} but {nargs + 1} were given')
        values = list(args)
        if kwargs:
            given = dict(zip(fields, args))
            for key, value in kwargs.items():
                if key not in fields:
                    raise TypeError(f'{qual}() got an unexpected keyword argument {key!r}')
                if key in given:
                    raise TypeError(f'{qual}() got multiple values for argument {key!r}')
                given[key] = value
            missing = [n for n in fields if n not in given and n not in field_defaults]
            if missing:
                raise TypeError(
                    f'{qual}() missing {len(missing)} required positional '
                    f'argument{"s" if len(missing) > 1 else ""}: {_quoted_list(missing)}')
            values = [given[n] if n in given else field_defaults[n] for n in fields]
        elif nargs < nfields:
            missing = [n for n in fields[nargs:] if n not in field_defaults]
            if missing:
                raise TypeError(
                    f'{qual}() missing {len(missing)} required positional '
                    f'argument{"s" if len(missing) > 1 else ""}: {_quoted_list(missing)}')
            for n in fields[nargs:]:
                values.append(field_defaults[n])
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = []
        for index, name in enumerate(fields):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(self[index])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def __repr__(self):
        parts = ', '.join([f'{name}={value!r}' for name, value in zip(fields, self)])
        return f'{self.__class__.__name__}({parts})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    if module is not None:
        namespace['__module__'] = module
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index, name)
    result = type(typename, (tuple,), namespace)

    def __setattr__(self, name, value):
        # Instances have no `__dict__` (CPython's `__slots__ = ()`); a
        # subclass without slots may add attributes.
        if type(self) is result:
            if name in fields:
                raise AttributeError("can't set attribute")
            raise AttributeError(f"'{typename}' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    result.__setattr__ = __setattr__
    return result


# ------------------------------------------------------------- ChainMap

class ChainMap:
    """Several mappings searched in order as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _keys(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return list(seen)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return self._keys()

    def values(self):
        return [self[key] for key in self._keys()]

    def items(self):
        return [(key, self[key]) for key in self._keys()]

    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
