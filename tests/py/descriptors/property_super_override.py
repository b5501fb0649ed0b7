# Overriding properties in subclasses: reusing the parent's getter through
# super(), extending only the setter, and calling the parent's property
# functions directly.


class Shape:
    def __init__(self):
        self._name = "shape"

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, v):
        self._name = v.strip()

    @property
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        super().__init__()
        self.side = side

    @property
    def name(self):
        return "square:" + super().name

    @name.setter
    def name(self, v):
        print("  Square setter")
        Shape.name.fset(self, v.upper())

    @property
    def area(self):
        return self.side ** 2 + super().area


sq = Square(3)
print(sq.name, sq.area)
sq.name = "  box  "
print(sq.name, sq._name)


class Loud(Square):
    @Square.name.getter
    def name(self):
        return "LOUD " + Square.name.fget(self)


ld = Loud(2)
ld.name = " q "
print(ld.name, ld.area, Loud.name.fset is Square.name.fset)


class ReadOnlyChild(Shape):
    name = property(Shape.name.fget)


rc = ReadOnlyChild()
print(rc.name)
try:
    rc.name = "new"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(Square, sq).name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
