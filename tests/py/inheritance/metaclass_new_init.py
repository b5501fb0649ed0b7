# A metaclass's __new__ and __init__ run at class creation with the name,
# bases and namespace; __call__ controls instance creation; the metaclass
# is inherited by subclasses.


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  Meta.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        ns["created_by"] = mcls.__name__
        fields = sorted(k for k in ns if not k.startswith("__"))
        cls = super().__new__(mcls, name, bases, ns)
        cls.fields = fields
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print(f"  Meta.__init__ {name}")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print(f"  Meta.__call__ {cls.__name__}{args}")
        inst = super().__call__(*args, **kw)
        inst.stamped = True
        return inst


class Model(metaclass=Meta):
    x = 1

    def __init__(self, v=0):
        self.v = v


class User(Model, flavor="sql"):
    y = 2


print(type(Model).__name__, type(User).__name__, User.created_by)
print(Model.fields, User.fields)
u = User(5)
print(u.v, u.stamped, isinstance(User, Meta), isinstance(u, Meta))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name):
        print("  Config.__init__", name)
        self.name = name


a, b = Config("first"), Config("second")
print(a is b, a.name)
Dyn = Meta("Dyn", (Model,), {"z": 3})
print(Dyn.fields, Dyn.__name__, Dyn().v)
