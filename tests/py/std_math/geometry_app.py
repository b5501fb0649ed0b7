# A small geometry toolkit built on math: polygons, circles and vectors.
import math


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def norm(self):
        return math.hypot(self.x, self.y)

    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))

    def rotate(self, deg):
        r = math.radians(deg)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 10), round(self.x * s + self.y * c, 10))

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"


def polygon_area(pts):
    n = len(pts)
    return abs(math.fsum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))) / 2


def perimeter(pts):
    return math.fsum(math.dist(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))


square = [(0, 0), (4, 0), (4, 4), (0, 4)]
tri = [(0, 0), (3, 0), (0, 4)]
print(polygon_area(square), perimeter(square))
print(polygon_area(tri), perimeter(tri))
hexagon = [(math.cos(math.tau * k / 6), math.sin(math.tau * k / 6)) for k in range(6)]
print(round(polygon_area(hexagon), 12), round(3 * math.sqrt(3) / 2, 12))
print(round(perimeter(hexagon), 12))
v = Vec(3, 4)
print(v, v.norm(), round(v.angle(), 10), v.rotate(90), v.rotate(180), (v - Vec(1, 1)).norm())
print(f"{math.pi:.5f} {math.e:.5f} {math.pi * 10**2:.3f}")
print(f"circle r=2 area={math.pi * 4:.6f} circ={math.tau * 2:.6f}")
