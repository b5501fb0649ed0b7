# property.setter/getter/deleter return new property objects; the original
# is unchanged, so the same name must be reused. Subclasses extend an
# inherited property by calling .setter on the parent's property.


class Base:
    @property
    def size(self):
        return self._size

    ro = size
    size = size.setter(lambda self, v: setattr(self, "_size", v))


print(Base.ro is Base.size, Base.ro.fset, Base.size.fset is not None)
b = Base()
b.size = 3
print(b.size, b.ro)
try:
    b.ro = 4
except AttributeError as e:
    print(type(e).__name__, e)


class Child(Base):
    @Base.size.setter
    def size(self, v):
        print("  Child setter", v)
        Base.size.fset(self, v * 2)


c = Child()
c.size = 5
print(c.size, Child.size.fget is Base.size.fget)


class Override(Base):
    @property
    def size(self):
        return "overridden"


o = Override()
try:
    o.size = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o.size)


class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h

    area = property(lambda self: self.w * self.h, doc="w times h")

    @property
    def parts(self):
        return [self.w, self.h]


c2 = Computed(3, 4)
print(c2.area, Computed.area.__doc__, c2.parts is c2.parts, c2.parts == c2.parts)
c2.w = 10
print(c2.area)


class Failing:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return f"__getattr__({name})"


print(Failing().broken)
