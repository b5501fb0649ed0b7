# Metaclass __instancecheck__ and __subclasscheck__ customize isinstance
# and issubclass (including inside tuples); exact type matches skip
# __instancecheck__.


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({cls.__name__}, {type(obj).__name__})")
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print(f"  __subclasscheck__({cls.__name__}, {sub.__name__})")
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Stone:
    pass


print(isinstance(Duck(), Quacker), isinstance(Stone(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Stone, Quacker))
print(isinstance(Stone(), (int, Quacker)))
print(isinstance(Quacker(), Quacker))


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([n for n in range(7) if isinstance(n, EvenNumber)])
print(isinstance(4, (str, EvenNumber)), isinstance("4", EvenNumber))


class Truthy(type):
    def __instancecheck__(cls, obj):
        return "non-empty string"


class AnyThing(metaclass=Truthy):
    pass


print(isinstance(None, AnyThing))


class Raises(type):
    def __subclasscheck__(cls, sub):
        raise ValueError(f"cannot check {sub.__name__}")


class Guarded(metaclass=Raises):
    pass


try:
    issubclass(int, Guarded)
except ValueError as e:
    print(type(e).__name__, e)
