# __eq__/__hash__ contracts: dict/set keys, case-insensitive keys, unhashable when __eq__ only.
class CaseKey:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        if isinstance(other, CaseKey):
            return self.s.lower() == other.s.lower()
        if isinstance(other, str):
            return self.s.lower() == other.lower()
        return NotImplemented

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return f"CaseKey({self.s!r})"


headers = {CaseKey("Content-Type"): "text/html", CaseKey("X-Id"): "7"}
print(headers[CaseKey("content-type")], CaseKey("x-id") in headers, len(headers))
headers[CaseKey("CONTENT-TYPE")] = "application/json"
print(len(headers), list(headers.items()))
print(CaseKey("A") == "a", "a" == CaseKey("A"), CaseKey("A") != "b", CaseKey("a") == 1)
s = {CaseKey("a"), CaseKey("A"), CaseKey("b")}
print(len(s), sorted(k.s for k in s))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) in [EqOnly(2), EqOnly(1)])
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class Inherits(EqOnly):
    __hash__ = object.__hash__


print(len({Inherits(1), Inherits(1)}), Inherits(1) == Inherits(1))


class Counted:
    eq_calls = 0

    def __init__(self, v, h):
        self.v, self.h = v, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Counted.eq_calls += 1
        return self.v == other.v


d = {}
for v in range(6):
    d[Counted(v, 42)] = v
print(len(d), Counted.eq_calls > 0)
Counted.eq_calls = 0
probe = Counted(3, 42)
print(d[probe], Counted.eq_calls >= 1)
x = Counted(9, 1)
Counted.eq_calls = 0
print(x in {x: 1}, Counted.eq_calls, "identity short-circuits __eq__")
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
