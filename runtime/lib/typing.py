"""The names of `typing`, usable in annotations and at run time with
CPython's reprs and equality. `Generic[T]`/`Protocol[T]` go through
`__class_getitem__` and `__mro_entries__`; `NamedTuple` and `TypedDict`
class syntax through `__mro_entries__` and a metaclass (built when first
used), as in CPython."""

import abc
import sys

TYPE_CHECKING = False


def _name(t):
    if isinstance(t, type):
        module = getattr(t, "__module__", "builtins")
        if module == "builtins":
            return t.__qualname__
        return "%s.%s" % (module, t.__qualname__)
    if t is ...:
        return "..."
    if t is None or t is type(None):
        return "None"
    if isinstance(t, list):
        return "[%s]" % ", ".join(_name(x) for x in t)
    return repr(t)


# The aliases of concrete built-in classes refuse to be called, as in
# CPython: `List[int]()` says to use `list()`.
_NOT_INSTANTIABLE = ("List", "Dict", "Set", "FrozenSet", "Tuple", "Type")


class _Alias:
    """A parameterized generic: `List[int]`."""

    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name == "Optional":
            return "typing.Optional[%s]" % _name(self.__args__[0])
        if self._name == "Callable" and len(self.__args__) == 2:
            params, ret = self.__args__
            return "typing.Callable[%s, %s]" % (_name(params), _name(ret))
        return "typing.%s[%s]" % (self._name, ", ".join(_name(a) for a in self.__args__))

    def __eq__(self, other):
        if self._name in ("Union", "Optional"):
            # Unions compare as sets of their members, and equal `X | Y`.
            if isinstance(other, _Alias) and other._name in ("Union", "Optional"):
                return set(self.__args__) == set(other.__args__)
            if type(other) is type(int | str):
                return set(self.__args__) == set(other.__args__)
            return NotImplemented
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self._name in ("Union", "Optional"):
            return hash(frozenset(self.__args__))
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        if self._name in _NOT_INSTANTIABLE:
            raise TypeError(
                "Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__)
            )
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if not isinstance(self.__origin__, type):
            raise TypeError("Cannot subclass %r" % (self,))
        if self.__parameters__:
            # `class Cache(Dict[str, V])` is generic in V: Generic joins the
            # bases unless a later base brings it.
            i = 0
            while bases[i] is not self:
                i += 1
            for b in bases[i + 1 :]:
                if isinstance(b, (_Alias, _GenericClassAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
                    return (self.__origin__,)
            return (self.__origin__, Generic)
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        if self._name in ("Union", "Optional"):
            for a in self.__args__:
                if isinstance(obj, a):
                    return True
            return False
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _Generic:
    """An unparameterized generic (`List`, `Dict`, `Callable`)."""

    def __init__(self, name, origin, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != "Tuple":
            raise TypeError(
                "Too %s arguments for typing.%s; actual %d, expected %d"
                % ("many" if len(params) > self._nparams else "few", self._name, len(params), self._nparams)
            )
        if self._name != "Callable":
            params = tuple(type(None) if p is None else p for p in params)
        return _Alias(self.__origin__, self._name, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Type %s cannot be instantiated" % self._name)
        if self._name in _NOT_INSTANTIABLE:
            raise TypeError(
                "Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__)
            )
        return self.__origin__(*args, **kwargs)


def _flatten(params):
    out = []
    for p in params:
        if isinstance(p, _Alias) and p._name in ("Union", "Optional"):
            for a in p.__args__:
                if a not in out:
                    out.append(a)
        else:
            p = type(None) if p is None else p
            if p not in out:
                out.append(p)
    return tuple(out)


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        name = self._name
        if not isinstance(params, tuple):
            params = (params,)
        if name == "Union":
            args = _flatten(params)
            if len(args) == 1:
                return args[0]
            if len(args) == 2 and type(None) in args:
                return _Alias(self, "Optional", (args[0] if args[1] is type(None) else args[1], type(None)))
            return _Alias(self, "Union", args)
        if name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type. Got %r." % (params,))
            return Union[params[0], None]
        return _Alias(self, name, params)

    def __call__(self, *args, **kwargs):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate typing.%s" % self._name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = NoReturn
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
Annotated = _SpecialForm("Annotated")

List = _Generic("List", list, 1)
Dict = _Generic("Dict", dict, 2)
DefaultDict = _Generic("DefaultDict", None, 2)
Set = _Generic("Set", set, 1)
FrozenSet = _Generic("FrozenSet", frozenset, 1)
Tuple = _Generic("Tuple", tuple)
Type = _Generic("Type", type, 1)
Callable = _Generic("Callable", None)
Iterable = _Generic("Iterable", None, 1)
Iterator = _Generic("Iterator", None, 1)
Generator = _Generic("Generator", None, 3)
Sequence = _Generic("Sequence", None, 1)
MutableSequence = _Generic("MutableSequence", None, 1)
Mapping = _Generic("Mapping", None, 2)
MutableMapping = _Generic("MutableMapping", None, 2)
AbstractSet = _Generic("AbstractSet", None, 1)
MutableSet = _Generic("MutableSet", None, 1)
Collection = _Generic("Collection", None, 1)
Container = _Generic("Container", None, 1)
Reversible = _Generic("Reversible", None, 1)
Hashable = _Generic("Hashable", None, 0)
Sized = _Generic("Sized", None, 0)
Awaitable = _Generic("Awaitable", None, 1)
Coroutine = _Generic("Coroutine", None, 3)
AsyncIterator = _Generic("AsyncIterator", None, 1)
AsyncIterable = _Generic("AsyncIterable", None, 1)
Deque = _Generic("Deque", None, 1)
Counter = _Generic("Counter", None, 1)
OrderedDict = _Generic("OrderedDict", None, 2)
ChainMap = _Generic("ChainMap", None, 2)
Text = str
AnyStr = None  # replaced below by a TypeVar


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


def _type_repr(t):
    if isinstance(t, type):
        module = getattr(t, "__module__", "builtins")
        if module == "builtins":
            return t.__qualname__
        return "%s.%s" % (module, t.__qualname__)
    return _name(t)


class _GenericClassAlias:
    """A user generic class subscripted: `Stack[int]`, `Generic[T]`."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        return "%s[%s]" % (_type_repr(self.__origin__), ", ".join(_name(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericClassAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            i = 0
            while bases[i] is not self:
                i += 1
            for b in bases[i + 1 :]:
                if isinstance(b, _GenericClassAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    return ()
        return (origin,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class Generic:
    """The base of generic classes: `class Stack(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(
                        "Parameters to %s[...] must all be type variables or parameter specification variables."
                        % cls.__name__
                    )
            seen = []
            for p in params:
                if p in seen:
                    raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
                seen.append(p)
            return _GenericClassAlias(cls, params)
        expected = cls.__dict__.get("__parameters__", ())
        if len(params) != len(expected):
            raise TypeError(
                "Too %s arguments for %s; actual %d, expected %d"
                % ("many" if len(params) > len(expected) else "few", cls, len(params), len(expected))
            )
        return _GenericClassAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__", ())
        params = []
        generic_params = None
        for base in orig:
            if isinstance(base, _GenericClassAlias) and base.__origin__ is Generic:
                generic_params = base.__args__
            for p in getattr(base, "__parameters__", ()):
                if isinstance(base, (_GenericClassAlias, _Alias)) and p not in params:
                    params.append(p)
        if generic_params is not None:
            for p in params:
                if p not in generic_params:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                        _name(p), ", ".join(_name(g) for g in generic_params)))
            params = list(generic_params)
        cls.__parameters__ = tuple(params)


_PROTO_SPECIAL = frozenset((
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    "__parameters__", "__orig_bases__", "__qualname__", "__init_subclass__", "__class__",
    "_is_protocol", "_is_runtime_protocol", "_abc_registry", "_abc_subclasses",
))


def _protocol_attrs(cls):
    """The members a protocol asks for: what its bodies (not Protocol's,
    Generic's or object's) define or annotate."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic") and base.__module__ == "typing":
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for attr in names:
            if not attr.startswith("_abc_") and attr not in _PROTO_SPECIAL:
                attrs.add(attr)
    return attrs


def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


class _ProtocolMeta(abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False) and not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if (not cls.__dict__.get("_is_protocol", False) or _callable_members_only(cls)) and issubclass(
            type(instance), cls
        ):
            return True
        if cls.__dict__.get("_is_protocol", False):
            if all(
                hasattr(instance, attr)
                and (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                for attr in _protocol_attrs(cls)
            ):
                return True
        return super().__instancecheck__(instance)


def _no_init(self, *args, **kwargs):
    if type(self).__dict__.get("_is_protocol", False):
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A base class for structural types: `isinstance` checks the members
    of `@runtime_checkable` ones."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if not _callable_members_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    ns = getattr(base, "__dict__", None)
                    if ns is None:
                        # krait's built-in classes have no __dict__ yet:
                        # what they have is what `getattr` finds.
                        if not hasattr(base, attr):
                            continue
                        value = getattr(base, attr)
                    elif attr in ns:
                        value = ns[attr]
                    else:
                        continue
                    if value is None:
                        return NotImplemented
                    break
                else:
                    return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and all("__init__" not in b.__dict__ for b in cls.__mro__[:-1]):
            cls.__init__ = _no_init


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    if not (isinstance(cls, type) and cls.__dict__.get("_is_protocol", False)):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


def get_origin(tp):
    """`List[int]` -> list, `Union[int, str]` -> Union, `list[int]` -> list."""
    if isinstance(tp, _Alias):
        if tp._name in ("Optional", "Union"):
            return Union
        if tp.__origin__ is None:
            import collections.abc

            return getattr(collections.abc, tp._name, None)
        return tp.__origin__
    if isinstance(tp, _GenericClassAlias):
        return tp.__origin__
    if type(tp) is type(list[int]):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a parameterized type: `Dict[str, int]` -> (str, int)."""
    if isinstance(tp, _Alias):
        args = tp.__args__
        if tp._name == "Callable" and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    if isinstance(tp, _GenericClassAlias) or type(tp) is type(list[int]):
        return tp.__args__
    return ()


def _resolve(value, globalns):
    if value is None:
        return type(None)
    if not isinstance(value, str):
        return value
    # A postponed annotation: a (dotted) name is looked up; anything more
    # would need eval.
    parts = value.strip().split(".")
    for part in parts:
        if not part.isidentifier():
            raise SystemError("krait: get_type_hints() of the string annotation %r is not supported yet" % value)
    import builtins

    if parts[0] in globalns:
        found = globalns[parts[0]]
    elif hasattr(builtins, parts[0]):
        found = getattr(builtins, parts[0])
    else:
        raise NameError("name '%s' is not defined" % parts[0])
    for part in parts[1:]:
        found = getattr(found, part)
    return found


def _module_globals(obj):
    module = sys.modules.get(getattr(obj, "__module__", None))
    return module.__dict__ if module is not None else {}


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = getattr(base, "__dict__", {}).get("__annotations__", {})
            ns = _module_globals(base) if globalns is None else globalns
            for name, value in ann.items():
                hints[name] = _resolve(value, ns)
        return hints
    ns = globalns
    if ns is None:
        ns = getattr(obj, "__globals__", None)
        if ns is None:
            ns = _module_globals(obj)
    for name, value in getattr(obj, "__annotations__", {}).items():
        hints[name] = _resolve(value, ns)
    return hints


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


_NT_RESERVED = frozenset(
    ("__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict", "_source")
)
_NT_SPECIAL = frozenset(("__module__", "__name__", "__annotations__", "__qualname__", "__doc__"))


def _make_namedtuple(name, types, module, defaults=()):
    import collections

    fields = [n for n, t in types]
    nt = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nt.__annotations__ = dict(types)
    return nt


# Subclasses of `type` may be missing in this build of krait: then the class
# syntax of NamedTuple/TypedDict reports itself as unsupported when used.
try:

    class _NamedTupleMeta(type):
        def __new__(cls, typename, bases, ns):
            for base in bases:
                if base is not _NamedTuple and base is not Generic:
                    raise TypeError("can only inherit from a NamedTuple type and Generic")
            types = ns.get("__annotations__", {})
            default_names = []
            for field_name in types:
                if field_name in ns:
                    default_names.append(field_name)
                elif default_names:
                    raise TypeError(
                        "Non-default namedtuple field %s cannot follow default field%s %s"
                        % (field_name, "s" if len(default_names) > 1 else "", ", ".join(default_names))
                    )
            nm_tpl = _make_namedtuple(
                typename,
                list(types.items()),
                ns.get("__module__", "__main__"),
                defaults=[ns[n] for n in default_names],
            )
            for key in ns:
                if key in _NT_RESERVED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _NT_SPECIAL and key not in nm_tpl._fields:
                    setattr(nm_tpl, key, ns[key])
            return nm_tpl

except SystemError:
    _NamedTupleMeta = None

_NamedTuple = None


def _namedtuple_base():
    global _NamedTuple
    if _NamedTupleMeta is None:
        raise SystemError("krait: NamedTuple class syntax (a metaclass) is not supported yet")
    if _NamedTuple is None:
        _NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
    return _NamedTuple


def NamedTuple(typename, fields=None, /, **kwargs):
    """`NamedTuple('P', [('x', int)])`, or `class P(NamedTuple): x: int`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_namedtuple(typename, list(fields), _caller_module())


NamedTuple.__mro_entries__ = lambda bases: (_namedtuple_base(),)


try:

    class _TypedDictMeta(type):
        def __new__(cls, name, bases, ns, total=True):
            for base in bases:
                if type(base) is not _TypedDictMeta:
                    raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
            tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
            annotations = {}
            required = set()
            optional = set()
            for base in bases:
                annotations.update(base.__dict__.get("__annotations__", {}))
                required.update(base.__dict__.get("__required_keys__", ()))
                optional.update(base.__dict__.get("__optional_keys__", ()))
            own = ns.get("__annotations__", {})
            annotations.update(own)
            for key in own:
                if total:
                    required.add(key)
                else:
                    optional.add(key)
            tp_dict.__annotations__ = annotations
            tp_dict.__required_keys__ = frozenset(required)
            tp_dict.__optional_keys__ = frozenset(optional)
            tp_dict.__total__ = total
            return tp_dict

        def __call__(cls, *args, **kwargs):
            return dict(*args, **kwargs)

        def __subclasscheck__(cls, other):
            raise TypeError("TypedDict does not support instance and class checks")

        def __instancecheck__(cls, other):
            raise TypeError("TypedDict does not support instance and class checks")

except SystemError:
    _TypedDictMeta = None

_TypedDict = None


def _typeddict_base():
    global _TypedDict
    if _TypedDictMeta is None:
        raise SystemError("krait: TypedDict class syntax (a metaclass) is not supported yet")
    if _TypedDict is None:
        _TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
    return _TypedDict


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """`TypedDict('Movie', {'name': str})`, or `class Movie(TypedDict): name: str`:
    a class whose instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields), "__module__": _caller_module()}
    base = _typeddict_base()
    return type(base).__new__(type(base), typename, (base,), ns, total=total)


TypedDict.__mro_entries__ = lambda bases: (_typeddict_base(),)


class NewType:
    """`UserId = NewType('UserId', int)`: a callable that returns its
    argument, named for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subcls_name = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    "`%s = NewType(%r, %s)`" % (subcls_name, subcls_name, superclass_name)
                )

        return (Dummy,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]
