"""Weak references: `ref` (native, `_weakref`), and the containers and
`finalize` built on it. Only instances of user classes can be weakly
referenced in krait so far (CPython also allows functions, classes, sets
and more)."""

from _weakref import ref, getweakrefcount, getweakrefs

ReferenceType = ref


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when its
    value is freed."""

    def __init__(self, other=(), **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data

        def gone(r, key=key, data=data):
            if data.get(key) is r:
                del data[key]

        return ref(value, gone)

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return sum(1 for r in self.data.values() if r() is not None)

    def get(self, key, default=None):
        r = self.data.get(key)
        if r is None:
            return default
        o = r()
        return default if o is None else o

    def items(self):
        for k, r in list(self.data.items()):
            o = r()
            if o is not None:
                yield k, o

    def keys(self):
        for k, _ in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for _, o in self.items():
            yield o

    def pop(self, key, *default):
        r = self.data.pop(key, None)
        o = None if r is None else r()
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its
    key is freed (keys compare by identity)."""

    def __init__(self, other=()):
        self.data = {}
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v

    def __setitem__(self, key, value):
        data = self.data
        k = id(key)
        old = data.get(k)
        if old is not None and old[0]() is key:
            data[k] = (old[0], value)
            return

        def gone(r, k=k, data=data):
            e = data.get(k)
            if e is not None and e[0] is r:
                del data[k]

        data[k] = (ref(key, gone), value)

    def _entry(self, key):
        e = self.data.get(id(key))
        if e is None or e[0]() is not key:
            return None
        return e

    def __getitem__(self, key):
        e = self._entry(key)
        if e is None:
            raise KeyError(key)
        return e[1]

    def __delitem__(self, key):
        if self._entry(key) is None:
            raise KeyError(key)
        del self.data[id(key)]

    def __contains__(self, key):
        return self._entry(key) is not None

    def __len__(self):
        return sum(1 for r, _ in self.data.values() if r() is not None)

    def get(self, key, default=None):
        e = self._entry(key)
        return default if e is None else e[1]

    def items(self):
        for r, v in list(self.data.values()):
            k = r()
            if k is not None:
                yield k, v

    def keys(self):
        for k, _ in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for _, v in self.items():
            yield v

    def pop(self, key, *default):
        e = self._entry(key)
        if e is None:
            if default:
                return default[0]
            raise KeyError(key)
        del self.data[id(key)]
        return e[1]

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)


class WeakSet:
    """A set of weakly held objects (compared by identity)."""

    def __init__(self, data=()):
        self.data = {}
        for x in data:
            self.add(x)

    def add(self, item):
        data = self.data
        k = id(item)
        old = data.get(k)
        if old is not None and old() is item:
            return

        def gone(r, k=k, data=data):
            if data.get(k) is r:
                del data[k]

        data[k] = ref(item, gone)

    def discard(self, item):
        r = self.data.get(id(item))
        if r is not None and r() is item:
            del self.data[id(item)]

    def remove(self, item):
        if item not in self:
            raise KeyError(item)
        self.discard(item)

    def __contains__(self, item):
        r = self.data.get(id(item))
        return r is not None and r() is item

    def __len__(self):
        return sum(1 for r in self.data.values() if r() is not None)

    def __iter__(self):
        for r in list(self.data.values()):
            o = r()
            if o is not None:
                yield o

    def __repr__(self):
        return "<WeakSet at %#x>" % id(self)


class finalize:
    """Calls `func(*args, **kwargs)` when `obj` is freed (once), unless
    called or detached before. (Not yet: the call at interpreter exit that
    CPython makes for finalizers still alive then.)"""

    _registry = {}

    def __init__(self, obj, func, *args, **kwargs):
        self._key = object()
        finalize._registry[id(self._key)] = self
        self._func = func
        self._args = args
        self._kwargs = kwargs
        key = id(self._key)

        def fire(r, key=key):
            f = finalize._registry.pop(key, None)
            if f is not None:
                f._run()

        self._ref = ref(obj, fire)

    def _run(self):
        func, args, kwargs = self._func, self._args, self._kwargs
        self._func = None
        return func(*args, **kwargs)

    @property
    def alive(self):
        return id(self._key) in finalize._registry

    def __call__(self, _=None):
        if finalize._registry.pop(id(self._key), None) is not None:
            return self._run()
        return None

    def detach(self):
        if finalize._registry.pop(id(self._key), None) is not None:
            obj = self._ref()
            if obj is not None:
                return (obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        if self.alive:
            obj = self._ref()
            if obj is not None:
                return (obj, self._func, self._args, self._kwargs)
        return None
