"""Data classes: `@dataclass` writes `__init__`, `__repr__`, `__eq__`, the
orderings and `__hash__` from a class's annotated fields.

The generated methods are closures over the field list (krait has no
`exec`), so they take `*args, **kwargs` and check the arguments themselves,
with CPython's messages (`P.__init__() missing 1 required positional
argument: 'x'`)."""

__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "KW_ONLY",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "make_dataclass",
    "replace",
    "is_dataclass",
]


import sys


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return "<dataclasses._KW_ONLY_TYPE object>"


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


class InitVar:
    """`InitVar[T]`: a pseudo-field passed to `__post_init__`, not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return "dataclasses.InitVar[%s]" % _type_name(self.type)

    def __class_getitem__(cls, type):
        return InitVar(type)


def _type_name(t):
    if isinstance(t, type):
        if getattr(t, "__module__", "builtins") == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    return repr(t)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
            "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
            % (
                self.name,
                self.type,
                self.default,
                self.default_factory,
                self.init,
                self.repr,
                self.hash,
                self.compare,
                self.metadata,
                self.kw_only,
                self._field_type,
            )
        )


def field(
    *,
    default=MISSING,
    default_factory=MISSING,
    init=True,
    repr=True,
    hash=None,
    compare=True,
    metadata=None,
    kw_only=MISSING,
):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init,
            self.repr,
            self.eq,
            self.order,
            self.unsafe_hash,
            self.frozen,
        )


def _is_classvar(t):
    # typing.ClassVar itself or ClassVar[...], or the string forms of
    # postponed annotations.
    if isinstance(t, str):
        return t == "ClassVar" or t.startswith("ClassVar[") or t.startswith("typing.ClassVar")
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    classvar = typing.ClassVar
    return t is classvar or getattr(t, "__origin__", None) is classvar


def _is_initvar(t):
    if t is InitVar or isinstance(t, InitVar):
        return True
    if isinstance(t, str):
        return t.startswith("InitVar") or t.startswith("dataclasses.InitVar")
    return False


def _is_kw_only(t):
    if t is KW_ONLY:
        return True
    if isinstance(t, str):
        return t == "KW_ONLY" or t == "dataclasses.KW_ONLY"
    return False


def _unhashable(value):
    # CPython's test: the class's __hash__ is None (list, dict, set, and
    # classes defining __eq__ without __hash__).
    return hasattr(type(value), "__hash__") and type(value).__hash__ is None


def _get_field(cls, name, a_type, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % f.name)
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable(f.default):
        raise ValueError(
            "mutable default %s for field %s is not allowed: use default_factory" % (type(f.default), f.name)
        )
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _qualified(cls, fname):
    return "%s.%s()" % (cls.__qualname__, fname)


def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return "%s, and %s" % (", ".join(quoted[:-1]), quoted[-1])


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    where = _qualified(cls, "__init__")
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    init_fields = std_fields + kw_fields
    by_name = {}
    for f in init_fields:
        by_name[f.name] = f
    initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    npos = len(pos_names)
    nreq = 0
    for f in std_fields:
        if f.default is MISSING and f.default_factory is MISSING:
            nreq += 1

    def __init__(self, *args, **kwargs):
        if len(args) > npos:
            if nreq == npos:
                takes = "%d positional argument%s" % (npos + 1, "" if npos == 0 else "s")
            else:
                takes = "from %d to %d positional arguments" % (nreq + 1, npos + 1)
            given = len(args) + 1
            nkw = len([k for k in kwargs if k in kw_names])
            if nkw:
                given_text = "%d positional argument%s (and %d keyword-only argument%s)" % (
                    given,
                    "" if given == 1 else "s",
                    nkw,
                    "" if nkw == 1 else "s",
                )
            else:
                given_text = "%d" % given
            raise TypeError(
                "%s takes %s but %s %s given"
                % (where, takes, given_text, "was" if given == 1 and not nkw else "were")
            )
        values = {}
        for i in range(len(args)):
            values[pos_names[i]] = args[i]
        for k in kwargs:
            if k not in by_name:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (where, k))
            if k in values:
                raise TypeError("%s got multiple values for argument '%s'" % (where, k))
            values[k] = kwargs[k]
        missing = [
            f.name
            for f in std_fields
            if f.name not in values and f.default is MISSING and f.default_factory is MISSING
        ]
        if missing:
            raise TypeError(
                "%s missing %d required positional argument%s: %s"
                % (where, len(missing), "" if len(missing) == 1 else "s", _name_list(missing))
            )
        missing = [
            f.name
            for f in kw_fields
            if f.name not in values and f.default is MISSING and f.default_factory is MISSING
        ]
        if missing:
            raise TypeError(
                "%s missing %d required keyword-only argument%s: %s"
                % (where, len(missing), "" if len(missing) == 1 else "s", _name_list(missing))
            )
        for f in all_fields:
            if f._field_type is not _FIELD:
                continue
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for name in initvars:
                if name in values:
                    extra.append(values[name])
                else:
                    extra.append(by_name[name].default)
            self.__post_init__(*extra)

    return __init__


_repr_running = set()


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    return __repr__


def _make_eq(cls, compare_fields):
    names = [f.name for f in compare_fields]

    def __eq__(self, other):
        if type(other) is type(self):
            return tuple([getattr(self, n) for n in names]) == tuple([getattr(other, n) for n in names])
        return NotImplemented

    return __eq__


def _make_order(names, op):
    def key(obj):
        return tuple([getattr(obj, n) for n in names])

    if op == "<":

        def __lt__(self, other):
            if type(other) is type(self):
                return key(self) < key(other)
            return NotImplemented

        return __lt__
    if op == "<=":

        def __le__(self, other):
            if type(other) is type(self):
                return key(self) <= key(other)
            return NotImplemented

        return __le__
    if op == ">":

        def __gt__(self, other):
            if type(other) is type(self):
                return key(self) > key(other)
            return NotImplemented

        return __gt__

    def __ge__(self, other):
        if type(other) is type(self):
            return key(self) >= key(other)
        return NotImplemented

    return __ge__


def _make_hash(hash_fields):
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))

    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _annotation_text(t):
    if isinstance(t, str):
        return t
    if isinstance(t, type):
        if getattr(t, "__module__", "builtins") == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    text = repr(t)
    if text.startswith("typing."):
        return text[7:]
    return text


def _signature_doc(cls, std_fields, kw_fields):
    def one(f):
        text = "%s: %s" % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            text += " = %r" % (f.default,)
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        return text

    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append("*")
        parts.extend(one(f) for f in kw_fields)
    return "%s(%s)" % (cls.__name__, ", ".join(parts))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise SystemError("krait: dataclass(slots=True) is not supported yet")
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_only_now = kw_only
    seen_kw_only = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type):
            if seen_kw_only:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            seen_kw_only = True
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, a_type, kw_only_now))

    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    fields_list = list(all_fields.values())
    real = [f for f in fields_list if f._field_type is _FIELD]
    init_list = [f for f in fields_list if f._field_type is not _FIELD_CLASSVAR and f.init]
    std_fields = [f for f in init_list if not f.kw_only]
    kw_fields = [f for f in init_list if f.kw_only]

    if init:
        seen_default = False
        for f in std_fields:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError("non-default argument %r follows default argument" % (f.name,))
            else:
                seen_default = True
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, fields_list, std_fields, kw_fields, frozen, has_post_init))

    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(cls, [f for f in real if f.repr]))

    compare_fields = [f for f in real if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(cls, compare_fields))

    if order:
        names = [f.name for f in compare_fields]
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _make_order(names, op)):
                raise TypeError(
                    "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                    % (name, cls.__name__)
                )

    if frozen:
        setter, deleter = _make_frozen(cls, set(f.name for f in real))
        if _set_new_attribute(cls, "__setattr__", setter):
            raise TypeError("Cannot overwrite attribute __setattr__ in class %s" % cls.__name__)
        if _set_new_attribute(cls, "__delattr__", deleter):
            raise TypeError("Cannot overwrite attribute __delattr__ in class %s" % cls.__name__)

    hash_fields = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(hash_fields)
        else:
            cls.__hash__ = None

    if cls.__dict__.get("__doc__") is None:
        cls.__doc__ = _signature_doc(cls, std_fields, kw_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_fields))

    return cls


def dataclass(
    cls=None,
    /,
    *,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    slots=False,
):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


_ATOMIC = (type(None), bool, int, float, complex, str, bytes)


def _copy_leaf(obj):
    if type(obj) in _ATOMIC or isinstance(obj, type):
        return obj
    import copy

    return copy.deepcopy(obj)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy_leaf(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy_leaf(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    "field %s is declared with init=False, it cannot be specified with replace()" % (f.name,)
                )
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(
    cls_name,
    fields,
    *,
    bases=(),
    namespace=None,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    slots=False,
):
    ns = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(
        cls,
        init=init,
        repr=repr,
        eq=eq,
        order=order,
        unsafe_hash=unsafe_hash,
        frozen=frozen,
        match_args=match_args,
        kw_only=kw_only,
        slots=slots,
    )
