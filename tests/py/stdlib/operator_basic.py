# operator: the operator functions, itemgetter/attrgetter/methodcaller
# (reprs, several keys, dotted names), sorting with them.
import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.home = type("Home", (), {"city": city})()

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"

    def __repr__(self):
        return f"P({self.name})"


print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2),
      operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5),
      operator.pos(-2), operator.abs(-3.5), operator.invert(5), operator.inv(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1),
      operator.ge(1, 2), operator.gt(3, 2), operator.not_([]), operator.truth([0]),
      operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.lshift(1, 5), operator.rshift(256, 3), operator.index(7))
print(operator.concat([1], [2]), operator.contains("hello", "ell"), operator.countOf([1, 2, 1, 1], 1),
      operator.indexOf("abc", "c"), operator.getitem({"k": 9}, "k"), operator.length_hint([1, 2, 3]))
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
xs = [1]
ys = operator.iadd(xs, [2])
print(xs, ys is xs, operator.iadd(5, 2), operator.imul("ab", 2))
people = [P("ann", 31, "Oslo"), P("bob", 25, "Lima"), P("cy", 31, "Baku")]
print(sorted(people, key=attrgetter("age", "name")))
print([attrgetter("home.city")(p) for p in people], attrgetter("name", "age")(people[0]))
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(2)(rows[0]), itemgetter(0, 2)(rows[1]))
print(itemgetter(slice(1, None))("hello"))
print([methodcaller("greet", "Hi")(p) for p in people], methodcaller("greet", "Yo", punct="?")(people[1]))
print(repr(itemgetter(1, "x")), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
for bad in (lambda: operator.indexOf([1], 5), lambda: attrgetter(1), lambda: operator.concat(1, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
