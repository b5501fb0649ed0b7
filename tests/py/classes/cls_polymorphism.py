class Shape:
    def area(self):
        return 0
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1), Shape()]
for s in shapes:
    print(s.describe())
print(sorted(s.area() for s in shapes), max(shapes, key=lambda s: s.area()).describe())
print([isinstance(s, Rect) for s in shapes], issubclass(Square, Shape), Square.__mro__[1].__name__)
