# typing.NamedTuple with defaults/methods and TypedDict (total, required keys) used as plain data.
from typing import NamedTuple, TypedDict, List, Optional


class Coordinate(NamedTuple):
    lat: float
    lon: float
    label: Optional[str] = None

    def hemisphere(self) -> str:
        return ("N" if self.lat >= 0 else "S") + ("E" if self.lon >= 0 else "W")

    def __str__(self) -> str:
        return f"{self.label or '?'}@({self.lat:.2f}, {self.lon:.2f})"


cities = [Coordinate(59.91, 10.75, "Oslo"), Coordinate(-33.87, 151.21, "Sydney"), Coordinate(40.71, -74.0)]
for c in cities:
    print(c, c.hemisphere(), c._asdict())
print(Coordinate._fields, Coordinate._field_defaults, Coordinate.__annotations__)
print(cities[2]._replace(label="NYC"), cities[0] == (59.91, 10.75, "Oslo"), cities[1][1])
lat, lon, _ = cities[1]
print(lat, lon, sorted(cities, key=lambda c: c.lon)[0].label)


class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float
    tags: List[str]


m: Movie = {"title": "Alien", "year": 1979}
mx: MovieExtra = {"title": "Heat", "year": 1995, "rating": 8.3}
print(m, type(m).__name__, isinstance(m, dict), mx.get("tags", []))
print(sorted(Movie.__required_keys__), sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__))
print(Movie.__total__, MovieExtra.__total__, sorted(MovieExtra.__annotations__))
Point = TypedDict("Point", {"x": int, "y": int})
p = Point(x=1, y=2)
print(p, p == {"x": 1, "y": 2}, Point.__name__)
movies: List[Movie] = [m, {"title": "Up", "year": 2009}, mx]
print([mv["title"] for mv in sorted(movies, key=lambda mv: mv["year"])])
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair._fields, issubclass(Pair, tuple))
try:
    Coordinate(1.0)
except TypeError as e:
    print("TypeError:", e)
