# __new__ creates the instance and __init__ initializes it: __init__ runs
# only when __new__ returns an instance of the class; __new__ is an
# implicit staticmethod; caching instances in __new__.


class Traced:
    def __new__(cls, *args):
        print(f"  __new__({cls.__name__}, {args})")
        return super().__new__(cls)

    def __init__(self, value):
        print(f"  __init__({value})")
        self.value = value


t = Traced(1)
print(t.value, type(Traced.__dict__["__new__"]).__name__)


class Sub(Traced):
    pass


print(Sub(2).value)


class Other:
    def __new__(cls):
        print("  Other.__new__ returns an int")
        return 42

    def __init__(self):
        print("  never printed")


print(Other())


class Interned:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            print(f"  creating {key}")
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]

    def __init__(self, key):
        print(f"  __init__ {key}")
        self.key = key


a, b = Interned("x"), Interned("x")
print(a is b, Interned("y") is a)


try:
    type("NoArgsInit", (), {})(1)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyNew:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj


print(OnlyNew(5).x)
try:
    object.__new__(OnlyNew, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Traced.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
