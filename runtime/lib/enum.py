"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

krait's own implementation of the parts of CPython 3.11's ``enum`` that
programs use. The metaclass ``EnumType`` turns the names assigned in a
class body into members when the class is made: each member is an
instance of the class (made with the mixed-in data type's ``__new__``
for IntEnum/StrEnum/IntFlag) with ``_name_`` and ``_value_``; a second
name with an equal value becomes an alias of the first member. ``auto()``
values are computed in definition order by ``_generate_next_value_``.
Flag values combine with ``| & ^ ~``; a combination that is not a member
is made on demand and cached, named by its members (``R|W``).
"""


class auto:
    """Stands for a member value computed by ``_generate_next_value_``."""

    _order = 0

    def __init__(self):
        auto._order += 1
        self._n = auto._order
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # `RW = READ | WRITE` in a Flag body, where READ and WRITE are still
    # auto() (CPython's _EnumDict gives them their values as they are
    # assigned): a combination resolved when the class is made.
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)


class _AutoOp(auto):
    """An operator applied to auto() values in a class body."""

    def __init__(self, op, left, right):
        super().__init__()
        self._op = op
        self._left = left
        self._right = right

    def _resolve(self):
        def value(x):
            if isinstance(x, _AutoOp):
                return x._resolve()
            if isinstance(x, auto):
                return x.value
            return x

        return self._op(value(self._left), value(self._right))


class _MembersView:
    """``Enum.__members__``: a read-only view of the member map
    (CPython's ``mappingproxy``)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return (
        hasattr(obj, "__get__")
        or hasattr(obj, "__set__")
        or hasattr(obj, "__delete__")
        or isinstance(obj, (staticmethod, classmethod, property))
    )


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return name.startswith(pattern) and not name.endswith("__")


def _is_member_name(cls_name, name, value):
    if _is_dunder(name) or _is_sunder(name) or _is_private(cls_name, name):
        return False
    if isinstance(value, auto):
        return True
    if callable(value) and not isinstance(value, (int, str, float, tuple)):
        return False
    return not _is_descriptor(value)


def _high_bit(value):
    return value.bit_length() - 1


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


def _bits(value):
    """The single bits of a non-negative int, low to high."""
    while value:
        low = value & (-value)
        yield low
        value ^= low


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        ns = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if _is_member_name(cls, key, value):
                members.append((key, value))
            else:
                ns[key] = value
        if members and first_enum is not None and first_enum._member_names_:
            raise TypeError(
                "<enum %r> cannot extend %r" % (cls, first_enum)
            )
        if "__new__" in ns and ns.get("__module__") != __name__:
            # A user __new__ makes the members; looking a member up by
            # value stays Enum.__new__'s job.
            ns["_new_member_"] = ns.pop("__new__")
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_member_type_", member_type)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        gen = enum_class._generate_next_value_
        last_values = []
        for name, value in members:
            if isinstance(value, _AutoOp):
                value.value = value._resolve()
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    gen(name, 1, len(last_values), last_values[:]) if isinstance(v, auto) else v
                    for v in value
                )
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, member_type)
        if is_flag:
            all_bits = 0
            for m in enum_class._member_map_.values():
                all_bits |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", all_bits)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type):
        args = value if isinstance(value, tuple) else (value,)
        new = None
        for base in enum_class.__mro__:
            if isinstance(base, EnumType) and "_new_member_" in base.__dict__:
                new = base.__dict__["_new_member_"]
                break
        if new is not None:
            member = new(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
        elif member_type is object:
            member = object.__new__(enum_class)
            member._value_ = value
        else:
            member = member_type.__new__(enum_class, *args)
            member._value_ = member_type(*args)
        value = member._value_
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                return
        member._name_ = name
        member.__init__(*args)
        # A Flag's multi-bit (and zero) members are aliases: not iterated.
        if not (Flag is not None and issubclass(enum_class, Flag)) or (
            isinstance(value, int) and value > 0 and value & (value - 1) == 0
        ):
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, member)

    @staticmethod
    def _get_mixins_(cls_name, bases):
        if not bases:
            return object, None
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object or isinstance(klass, EnumType):
                    continue
                member_type = klass
                break
            if member_type is not object:
                break
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, start=start, member_type=type)

    def _create_(cls, class_name, names, start=1, member_type=None):
        bases = (cls,) if member_type is None else (member_type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(n, cls._generate_next_value_(n, start, i, list(range(start, start + i))))
                     for i, n in enumerate(names)]
        elif isinstance(names, dict):
            names = list(names.items())
        ns = {}
        for item in names:
            if isinstance(item, str):
                item = (item, names[item])
            ns[item[0]] = item[1]
        return EnumType.__new__(EnumType, class_name, bases, ns)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return _MembersView(dict(cls._member_map_))

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """A set of symbolic names bound to unique values."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member"
            % (cls.__name__, result)
        )

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """An Enum whose members are also strs."""

    def __new__(cls, *values):
        if type(values[0]) is cls:
            return values[0]
        return Enum.__new__(cls, *values)

    def _new_member_(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """An Enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError("invalid flag value %r" % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if cls._member_type_ is object else value
        if cls._member_type_ is object and value & ~mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        members = list(cls._iter_members_(value))
        names = [m._name_ for m in members]
        covered = 0
        for m in members:
            covered |= m._value_
        if names and value & ~covered:
            names.append(str(value & ~covered))
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if _power_of_two(m._value_) and m._value_ & value == m._value_:
                yield m

    def __iter__(self):
        return iter(list(self.__class__._iter_members_(self._value_)))

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def _operand(self, other):
        """The int value of the other operand of a bitwise operator, or
        None when it is neither this flag nor the data type."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
