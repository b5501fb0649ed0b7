# Descriptors found on the metaclass apply to attribute access on the
# class; class-level __dict__ entries are still descriptors for instances;
# type.__getattribute__ prefers metaclass data descriptors.


class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"

    @property
    def both(cls):
        return "meta property"

    def helper(cls):
        return f"meta method on {cls.__name__}"


class User(metaclass=Meta):
    both = "class attribute"

    @property
    def display(self):
        return f"<{type(self).table} row>"


print(User.table, User().display, User.helper())
print(User.both, User().both)
print(hasattr(User(), "table"), hasattr(User(), "helper"))
try:
    User.table = "people"
except AttributeError as e:
    print(type(e).__name__, e)


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return (obj is None, objtype.__name__ if objtype else None, self.reads)


class Holder:
    attr = Counted()


print(Holder.attr, Holder().attr, Holder.__dict__["attr"].reads)
print(getattr(Holder, "attr"), type(Holder.__dict__["attr"]).__name__)


class Sub(Holder):
    pass


print(Sub.attr, Sub().attr)


class Meta2(type):
    def __getattr__(cls, name):
        return f"Meta2.__getattr__({name})"


class Dynamic(metaclass=Meta2):
    real = 1


print(Dynamic.real, Dynamic.missing)
try:
    Dynamic().missing
except AttributeError as e:
    print(type(e).__name__, e)
