class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.pname = name or cls.__name__.lower()
        Plugin.plugins.append(cls.pname)

class Foo(Plugin, name="foo"): pass
class Bar(Plugin): pass
class Baz(Bar, name="bz"): pass
print(Plugin.plugins, Foo.pname, Baz.pname)
try:
    class Bad(Plugin, name="x", extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return self.name
class Model:
    a = Field()
    b = Field()
    c = 3
print(Model.__dict__["a"].name, Model.__dict__["b"].name)

class D:
    def __set_name__(self, o, n): raise ValueError("boom")
try:
    class C:
        d = D()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

class Imp:
    def __init_subclass__(cls):
        print("sub", cls.__name__)
class I1(Imp): pass
print(type(Imp.__dict__["__init_subclass__"]).__name__)

