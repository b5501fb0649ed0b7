"""The names of `typing`, usable in annotations and at run time with
CPython's reprs and equality. Not yet (they need class subscription,
`__class_getitem__`): `Generic[T]`, `Protocol[T]`; `NamedTuple` and
`TypedDict` class syntax."""

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


class _Alias:
    """A parameterized generic: `List[int]`."""

    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args

    def __repr__(self):
        if self._name == "Optional":
            return "typing.Optional[%s]" % _name(self.__args__[0])
        if self._name == "Callable" and len(self.__args__) == 2:
            params, ret = self.__args__
            return "typing.Callable[%s, %s]" % (_name(params), _name(ret))
        return "typing.%s[%s]" % (self._name, ", ".join(_name(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
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
        return _Alias(self.__origin__, self._name, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Type %s cannot be instantiated" % self._name)
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
                return _Alias(None, "Optional", (args[0] if args[1] is type(None) else args[1], type(None)))
            return _Alias(None, "Union", args)
        if name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return Union[params[0], None]
        return _Alias(None, name, params)

    def __call__(self, *args, **kwargs):
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


class Generic:
    """A base class for generic classes (not yet subscriptable in krait)."""


class Protocol:
    """A base class for structural types (not checked at run time)."""


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    return new_type
