# __set_name__ is called at class creation with the owner and the attribute
# name; a typed-field descriptor uses it to store values under private
# names and to build error messages.


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.public} must be "
                            f"{self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)


print("defining Item")


class Item:
    name = Typed(str, "?")
    qty = Typed(int, 0)
    price = Typed(float, 0.0)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


print("defined")
it = Item("bolt", 3)
print(it.name, it.qty, it.price, sorted(vars(it)))
for attr, value in (("qty", "many"), ("price", 2), ("name", None)):
    try:
        setattr(it, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)
it.price = 1.5
print(it.price, Item.qty.private, Item.name.public)

shared = Typed(int)


class Two:
    a = shared
    b = shared


print(shared.public)
late = Typed(str)
Two.c = late
print(hasattr(late, "public"))
late.__set_name__(Two, "c")
t = Two()
t.c = "ok"
print(t.c, t._c)
