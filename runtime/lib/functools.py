"""Higher-order functions: partial, reduce, wraps/update_wrapper,
lru_cache/cache, total_ordering, cmp_to_key, cached_property."""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(f, [a, b, c]) is f(f(a, b), c)."""
    it = iter(sequence)
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for x in it:
        value = function(value, x)
    return value


class partial:
    """partial(f, *args, **kw)(*more, **kw2) is f(*args, *more, **kw, **kw2)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        # Item by item (a krait function's `__dict__` is a snapshot).
        for k, v in getattr(wrapped, attr, {}).items():
            setattr(wrapper, k, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorate


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return (f"CacheInfo(hits={self[0]}, misses={self[1]}, "
                f"maxsize={self[2]}, currsize={self[3]})")


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = object()


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function's results by its arguments, keeping the
    `maxsize` most recently used (all with `maxsize=None`)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwds)
        if key in cache:
            stats[0] += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        stats[1] += 1
        value = user_function(*args, **kwds)
        if key not in cache:
            cache[key] = value
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return value

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return wrapper


def cache(user_function):
    """lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


class _CmpKey:
    def __init__(self, obj, cmp):
        self.obj = obj
        self.cmp = cmp

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """A key for sorting by an old-style comparison function (a callable
    making the key objects; CPython's is a class)."""

    def key(obj):
        return _CmpKey(obj, mycmp)

    return key


def total_ordering(cls):
    """Fills in the comparison methods from `__eq__` and one of `__lt__`,
    `__le__`, `__gt__`, `__ge__`."""
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
               if op in cls.__dict__]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = defined[0]

    def from_lt(self_cls):
        lt = self_cls.__lt__
        return {
            "__gt__": lambda a, b: _flip(lt(a, b), a, b, strict=True),
            "__le__": lambda a, b: _or_eq(lt(a, b), a, b),
            "__ge__": lambda a, b: _neg(lt(a, b)),
        }

    def from_le(self_cls):
        le = self_cls.__le__
        return {
            "__ge__": lambda a, b: _flip(le(a, b), a, b, strict=False),
            "__lt__": lambda a, b: _and_ne(le(a, b), a, b),
            "__gt__": lambda a, b: _neg(le(a, b)),
        }

    def from_gt(self_cls):
        gt = self_cls.__gt__
        return {
            "__lt__": lambda a, b: _flip(gt(a, b), a, b, strict=True),
            "__ge__": lambda a, b: _or_eq(gt(a, b), a, b),
            "__le__": lambda a, b: _neg(gt(a, b)),
        }

    def from_ge(self_cls):
        ge = self_cls.__ge__
        return {
            "__le__": lambda a, b: _flip(ge(a, b), a, b, strict=False),
            "__gt__": lambda a, b: _and_ne(ge(a, b), a, b),
            "__lt__": lambda a, b: _neg(ge(a, b)),
        }

    makers = {"__lt__": from_lt, "__le__": from_le, "__gt__": from_gt, "__ge__": from_ge}
    for name, fn in makers[root](cls).items():
        if name not in defined:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


def _neg(r):
    # `not (a op b)`; NotImplemented passes through.
    if r is NotImplemented:
        return r
    return not r


def _or_eq(r, a, b):
    if r is NotImplemented:
        return r
    return r or a == b


def _and_ne(r, a, b):
    if r is NotImplemented:
        return r
    return r and a != b


def _flip(r, a, b, strict):
    # `a > b` from `<`: not (a < b) and a != b; `a >= b` from `<=`:
    # not (a <= b) or a == b.
    if r is NotImplemented:
        return r
    if strict:
        return not r and a != b
    return not r or a == b


class cached_property:
    """A property computed once per instance, then stored in its
    `__dict__` under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        setattr(instance, self.attrname or self.func.__name__, value)
        return value


class partialmethod:
    """A method with some arguments already given: the descriptor form of
    `partial` (`turn_on = partialmethod(set_state, True)`)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return "functools.partialmethod(" + ", ".join(parts) + ")"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def _find_impl(cls, registry):
    """The registered implementation for `cls`: the first class of its MRO
    (abstract bases it is registered with included) that has one."""
    mro = cls.__mro__ if isinstance(cls, type) else type(cls).__mro__
    for base in mro:
        if base in registry:
            return registry[base]
    # Abstract base classes (`collections.abc.Sequence`, ...) registered
    # as types match by issubclass, the most derived first.
    match = None
    for typ in registry:
        if typ is object or typ in mro:
            continue
        try:
            ok = issubclass(cls, typ)
        except TypeError:
            continue
        if ok and (match is None or issubclass(typ, match)):
            match = typ
    if match is not None:
        return registry[match]
    return registry.get(object)


def singledispatch(func):
    """A generic function dispatching on the type of its first argument:
    `@fun.register` adds implementations (by annotation or by type)."""
    registry = {}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            impl = cache[cls] = _find_impl(cls, registry)
            return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = func.__globals__[cls] if hasattr(func, "__globals__") else cls
            if not isinstance(cls, type) and not hasattr(cls, "__args__"):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class."
                )
            if hasattr(cls, "__args__") and not isinstance(cls, type):
                for arg in cls.__args__:
                    registry[arg] = func
                cache.clear()
                return func
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """`singledispatch` for methods: dispatches on the first argument
    after `self` (or `cls`)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
