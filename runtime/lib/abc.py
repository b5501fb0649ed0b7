"""Abstract base classes: ABCMeta, ABC, abstractmethod and friends.

krait's own implementation. Abstract methods are collected into the
class's ``__abstractmethods__`` when the class is made; the interpreter's
``object.__new__`` refuses to instantiate a class whose
``__abstractmethods__`` is not empty. Virtual subclasses (``register``)
and ``__subclasshook__`` are consulted by ``__instancecheck__`` and
``__subclasscheck__``, which ``isinstance`` and ``issubclass`` call. No
caches are kept: every check is computed afresh.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class with an abstract method cannot be
    instantiated until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use ``classmethod`` over ``abstractmethod``."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use ``staticmethod`` over ``abstractmethod``."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use ``property`` over ``abstractmethod``."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _flagged(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _is_abstract(value):
    """Whether a namespace value is abstract, looking through property,
    classmethod and staticmethod to the functions they wrap."""
    if isinstance(value, property):
        return _flagged(value.fget) or _flagged(value.fset) or _flagged(value.fdel)
    if isinstance(value, (classmethod, staticmethod)):
        return _flagged(value.__func__)
    return _flagged(value)


def _raw_attr(cls, name):
    """The value ``name`` has in the first class of ``cls``'s MRO that
    defines it (no descriptor binding); None when none does."""
    for klass in cls.__mro__:
        ns = klass.__dict__
        if name in ns:
            return ns[name]
    return None


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(_raw_attr(cls, name)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Registers ``subclass`` as a virtual subclass of ``cls``."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return ok
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry = []

    def _abc_caches_clear(cls):
        pass


def get_cache_token():
    """A token that changes when a virtual subclass is registered; krait
    keeps no caches, so it is constant."""
    return 0


def update_abstractmethods(cls):
    """Recomputes ``cls.__abstractmethods__`` after the class changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(_raw_attr(cls, name)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to make an abstract base class."""
