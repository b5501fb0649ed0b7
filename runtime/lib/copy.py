"""Shallow and deep copies: `copy(x)` and `deepcopy(x, memo)`, with the
`__copy__` / `__deepcopy__(memo)` hooks and a memo that keeps shared and
cyclic structure."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len))


def _is_atomic(x):
    if isinstance(x, type):
        return True
    if callable(x) and type(x).__name__ in ("function", "builtin_function_or_method"):
        return True
    return type(x) in _ATOMIC


def _new_like(x):
    cls = type(x)
    return cls.__new__(cls)


def copy(x):
    """A shallow copy of `x`."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if hasattr(x, "__dict__"):
        y = _new_like(x)
        # Attribute by attribute (krait's `__dict__` is a snapshot).
        for k, v in x.__dict__.items():
            setattr(y, k, v)
        return y
    raise Error(f"un(shallow)copyable object of type {cls}")


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of `x`; `memo` maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # Already copied through a cycle?
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        elif hasattr(x, "__dict__"):
            y = _new_like(x)
            memo[d] = y
            for k, v in x.__dict__.items():
                setattr(y, k, deepcopy(v, memo))
        else:
            raise Error(f"un(deep)copyable object of type {cls}")
    if y is not x:
        memo[d] = y
        # Keep the original alive while the memo is (as CPython does).
        memo.setdefault(id(memo), []).append(x)
    return y
