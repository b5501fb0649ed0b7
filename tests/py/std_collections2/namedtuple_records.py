# namedtuple for records: defaults, _make, _replace, _asdict, _fields, subclassing with methods.
from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary level", defaults=["junior"])
rows = [
    ("ann", "eng", 120, "senior"),
    ("bob", "ops", 80),
    ("cy", "eng", 95),
    ("dee", "sales", 70, "lead"),
]
staff = [Employee._make(r) if len(r) == 4 else Employee(*r) for r in rows]
for e in staff:
    print(e)
print(Employee._fields, Employee._field_defaults)
ann = staff[0]
print(ann.name, ann[2], ann._asdict(), len(ann))
raised = [e._replace(salary=round(e.salary * 1.1)) for e in staff if e.dept == "eng"]
print(raised)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(sorted(staff, key=lambda e: (-e.salary, e.name))[0].name, max(staff, key=lambda e: e.salary).name)
name, dept, *rest = ann
print(name, dept, rest)
try:
    ann.salary = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    ann._replace(bonus=5)
except ValueError as e:
    print("ValueError:", e)


class Point(namedtuple("Point", ["x", "y"])):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4) + Point(1, 1)
print(p, repr(p), p.norm, p == (4, 5), isinstance(p, tuple), hash(p) == hash((4, 5)))
Pair = namedtuple("Pair", "left right", rename=False)
Bad = namedtuple("Bad", ["ok", "def", "ok", "_x"], rename=True)
print(Bad._fields, Pair(1, right=2))
print(Employee.__name__, Employee.salary.__doc__ if hasattr(Employee.salary, "__doc__") else "-")
