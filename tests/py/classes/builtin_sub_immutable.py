# Subclasses of tuple, str, int, float, bytes: __new__, arithmetic giving
# plain values, hashing, formatting.


class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __repr__(self):
        return f"P({self[0]}, {self[1]})"

    @property
    def x(self):
        return self[0]


p = P(1, 2)
print(p, p[0], p.x, len(p), p == (1, 2), hash(p) == hash((1, 2)), tuple(p), list(p), p + (3,))
a, b = p
print(a, b, type(p).__name__, isinstance(p, tuple), p.count(1), p.index(2), {p: 1}[(1, 2)])
print(sorted([P(2, 1), P(1, 5)]), max(P(4, 9)), P(1, 2) < P(1, 3), [P(0, 0)])


class T(tuple):
    pass


print(T(), T([1, 2]), T("ab"), T(range(3))[1:], type(T([1])[0:1]).__name__)
try:
    T(1)
except TypeError as e:
    print("TypeError", e)


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(s, repr(s), s.shout(), s + "x", "x" + s, len(s), s == "hi", {"hi": 1}[s], ", ".join([s, s]))
print(s * 2, s[0], s[::-1], type(s[0]).__name__, type(s + "x").__name__, s.startswith(S("h")), "xhiy".split(s))
print(f"{s:>5}|", f"{s}", "%s/%r" % (s, s), str(s), S(), S(12), S([1]), int(S("42")), float(S("2.5")))
print(sorted([S("b"), S("a")]), "i" in s, s in "shim", hash(s) == hash("hi"), s.__add__("!"))
try:
    s + 1
except TypeError as e:
    print("TypeError", e)


class Tag(str):
    def __new__(cls, name):
        obj = super().__new__(cls, name.lower())
        obj.original = name
        return obj

    def __str__(self):
        return "<" + self + ">"


t = Tag("BOLD")
print(t, repr(t), t.original, f"{t}", "%s" % t, t == "bold", str(t), [t])


class I(int):
    pass


i = I(5)
print(i, i + 1, type(i + 1).__name__, -i, type(-i).__name__, i * 2, 10 - i, i < 7, int(i), float(i))
print(f"{i:03d}", hash(i) == hash(5), [1, 2, 3, 4, 5, 6][i], I(), I("12"), I("ff", 16), I(3.9), I(I(4)))
print(divmod(I(7), 2), pow(I(2), 5), abs(I(-3)), I(6) // 4, I(6) / 4, I(6) % 4, I(6) << 1, ~I(6), +I(6))
print(I(3) == 3, 3 == I(3), I(3) != 3, sorted([I(3), 1, I(2)]), range(I(3)), "%d" % I(4), I(5).bit_length())
x = I(10)
x += 1
print(x, type(x).__name__, I(2) ** 3, type(I(1) + I(2)).__name__, I(3).__add__(4), I(3).__eq__("x"))
try:
    I(1) + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + I(1)
except TypeError as e:
    print("TypeError", e)
try:
    I(1) < "a"
except TypeError as e:
    print("TypeError", e)
try:
    I("x")
except ValueError as e:
    print("ValueError", e)


class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents * 100))

    def __repr__(self):
        return f"${self // 100}.{self % 100:02d}"

    def __add__(self, other):
        return Money((int(self) + int(other)) / 100)

    def __radd__(self, other):
        return Money((int(self) + int(other)) / 100)


m = Money(1.25)
print(m, m + Money(2), 5 + m, type(5 + m).__name__, int(m), str(m), f"{m}", m > 100)


class Flag(int):
    def __repr__(self):
        return "Flag!"


print(str(Flag(3)), repr(Flag(3)), f"{Flag(3)}", "%s" % Flag(3), format(Flag(3)))


class F(float):
    pass


print(F(1.5) * 2, F(2.5), round(F(2.5)), F(), F("3.25"), type(F(1) + 1).__name__, F(1.5) == 1.5, f"{F(2):.2f}")


class B(bytes):
    pass


print(B(b"ab"), B(b"ab")[0], B(3), B(b"x") + b"y", len(B(b"abc")), B(b"ab") == b"ab", str(B(b"q")))
