# A metaclass that collects typed field declarations and generates __init__ and __repr__.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __repr__(self):
        return f"Field({self.kind.__name__}, default={self.default!r})"


class ModelMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        fields = {}
        for base in reversed(bases):
            fields.update(getattr(base, "_fields", {}))
        for key, val in list(ns.items()):
            if isinstance(val, Field):
                fields[key] = val
                del ns[key]
        ns["_fields"] = fields
        cls = super().__new__(mcls, name, bases, ns)
        print(f"ModelMeta.__new__ {name}: fields={list(fields)}")
        return cls

    def __call__(cls, *args, **kwargs):
        obj = cls.__new__(cls)
        names = list(cls._fields)
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__} takes at most {len(names)} positional arguments")
        values = dict(zip(names, args))
        for k, v in kwargs.items():
            if k not in cls._fields:
                raise TypeError(f"unknown field {k!r}")
            values[k] = v
        for n, f in cls._fields.items():
            v = values.get(n, f.default)
            if not isinstance(v, f.kind):
                raise TypeError(f"{n} must be {f.kind.__name__}, not {type(v).__name__}")
            setattr(obj, n, v)
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__}>"


class Model(metaclass=ModelMeta):
    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"


class User(Model):
    name = Field(str, "")
    age = Field(int, 0)


class Admin(User):
    level = Field(int, 1)
    name = Field(str, "root")


print(User._fields)
print(User("ann", 31), User(age=5), Admin(), Admin("bob", level=3))
print(repr(User), type(User).__name__, isinstance(Admin, ModelMeta))
for bad in [lambda: User(1), lambda: User("a", 2, 3), lambda: Admin(rank=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(list(Admin._fields), "name" in Admin.__dict__, hasattr(User, "age"))
