# A small field framework: descriptors with __set_name__ collected by
# __init_subclass__ into a per-class field list, inherited and extended by
# subclasses, with defaults, validation and a generated __repr__.


class Field:
    def __init__(self, default=None, check=None):
        self.default, self.check = default, check

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if self.check and not self.check(value):
            raise ValueError(f"invalid {self.name}: {value!r}")
        obj.__dict__[self.name] = value


class Record:
    _fields = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        own = tuple(k for k, v in cls.__dict__.items() if isinstance(v, Field))
        cls._fields = cls._fields + own

    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"unknown field {k!r}")
            setattr(self, k, v)

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({body})"


class Person(Record):
    name = Field(check=lambda v: isinstance(v, str) and v != "")
    age = Field(0, check=lambda v: isinstance(v, int) and v >= 0)


class Employee(Person):
    salary = Field(1000)


print(Person._fields, Employee._fields, Record._fields)
print(Person(name="ann", age=30), Employee(name="bob"))
for kw in ({"name": ""}, {"age": -1}, {"title": "x"}):
    try:
        Employee(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
e = Employee(name="cy", salary=5)
e.age = 41
print(e, sorted(vars(e)), Employee.age.name, Employee.salary.default)
