# Subclasses of list, dict and str that extend built-in methods via super(),
# add attributes, and keep working with built-in functions; results of
# inherited operations are instances of the base type.


class History(list):
    def __init__(self, *args, limit=3):
        super().__init__(*args)
        self.limit = limit

    def append(self, item):
        super().append(item)
        while len(self) > self.limit:
            del self[0]


h = History([1, 2], limit=3)
for x in (3, 4, 5):
    h.append(x)
print(h, h.limit, len(h), type(h).__name__, type(h + [9]).__name__, type(h[:1]).__name__)
h.extend([6, 7])
print(h, isinstance(h, list), sorted(h, reverse=True))


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


ld = LowerDict()
ld["Name"] = "x"
ld["NAME"] = "y"
print(ld, ld["nAmE"], "NAME" in ld, ld.get("NAME"), len(ld))


class Tag(str):
    def __new__(cls, value, kind="plain"):
        obj = super().__new__(cls, value.strip())
        obj.kind = kind
        return obj

    def upper(self):
        return Tag(super().upper(), self.kind)


t = Tag("  hi  ", kind="bold")
print(repr(t), t.kind, t.upper().kind, type(t.upper()).__name__, type(t + "!").__name__)
print(t == "hi", {t: 1}["hi"], t.startswith("h"), len(t))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, p[1], type(p).__name__, p == (3, 4))
