class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def as_tuple(self):
        return (self.x, self.y)
p = Point(1, 2)
q = p.moved(3, 4)
print(p.as_tuple(), q.as_tuple(), p.dist2(q), q.dist2(p), p.dist2(p))
pts = [Point(i, i * i) for i in range(5)]
print([pt.as_tuple() for pt in pts])
print(max(pts, key=lambda pt: pt.y).as_tuple(), sorted([pt.x - pt.y for pt in pts]))
p.x = 10
print(p.as_tuple(), isinstance(p, Point), type(p) is Point)
class Empty:
    pass
e = Empty()
e.a = 1
e.b = [e.a]
print(e.a, e.b)
