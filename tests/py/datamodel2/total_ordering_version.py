# functools.total_ordering on a Version type; sorting, min/max, comparisons with other types.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        self.pre = pre

    def _key(self):
        parts = self.parts + (0,) * (3 - len(self.parts))
        return parts, (0, self.pre) if self.pre else (1, "")

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        s = ".".join(map(str, self.parts))
        return f"v{s}-{self.pre}" if self.pre else f"v{s}"


vs = [Version(t) for t in ["1.10", "1.2", "1.2.0", "2.0-rc1", "2.0", "2.0-beta", "0.9.9", "1.2.1"]]
print(sorted(vs))
print(min(vs), max(vs))
a, b = Version("1.2"), Version("1.2.0")
print(a == b, a <= b, a >= b, a > b, a < b, a != b, hash(a) == hash(b))
print(Version("2.0-rc1") < Version("2.0"), Version("2.0-beta") < Version("2.0-rc1"))
print(Version("1.10") > Version("1.9"), Version("1.10") >= Version("1.10.0"))
print(sorted(set(vs), reverse=True))
print(a == "1.2", a != "1.2")
for op, bad in [("a < 1", lambda: a < 1), ("a >= 'x'", lambda: a >= "x"), ("a > None", lambda: a > None)]:
    try:
        bad()
    except TypeError as e:
        print(f"{op}: {e}")
print(sorted(Version.__dict__.keys() & {"__le__", "__gt__", "__ge__", "__lt__", "__eq__"}))
import bisect
releases = sorted(vs)
print(bisect.bisect_left(releases, Version("1.5")), bisect.bisect_right(releases, Version("1.2")))
