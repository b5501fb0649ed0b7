# Mixin classes providing behaviour through the MRO: a repr mixin reading
# fields, a comparison mixin built on a key, and a JSON-ish mixin; mixin
# order decides which __repr__ wins.


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class OrderMixin:
    def _key(self):
        raise NotImplementedError(type(self).__name__ + " must define _key")

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    __hash__ = None


class DictMixin:
    def to_dict(self):
        return {k: (v.to_dict() if isinstance(v, DictMixin) else v) for k, v in vars(self).items()}


class Point(ReprMixin, OrderMixin, DictMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def _key(self):
        return (self.x, self.y)


class Line(DictMixin, ReprMixin):
    def __init__(self, a, b):
        self.a, self.b = a, b


class Shouty(ReprMixin):
    def __repr__(self):
        return super().__repr__().upper()


class Tagged(Shouty):
    def __init__(self, tag):
        self.tag = tag


pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts), min(pts), Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2))
print(Line(pts[0], pts[1]).to_dict(), Line(1, 2))
print(Tagged("x"), [c.__name__ for c in Tagged.__mro__])
try:
    hash(Point(0, 0))
except TypeError as e:
    print(type(e).__name__, e)


class Bad(OrderMixin):
    pass


try:
    Bad() < Bad()
except NotImplementedError as e:
    print(type(e).__name__, e)
