# itemgetter, attrgetter (dotted, multiple), methodcaller used as sort keys.
from operator import attrgetter, itemgetter, methodcaller

rows = [("bob", 25, "NY"), ("ann", 31, "LA"), ("cid", 25, "LA")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("abc"), itemgetter(slice(1, 3))([9, 8, 7, 6]))
print(itemgetter("k")({"k": 1}), list(map(itemgetter(1), rows)))


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, city):
        self.name = name
        self.addr = Address(city)

    def __repr__(self):
        return self.name


people = [Person("zed", "Oslo"), Person("amy", "Bern"), Person("kim", "Oslo")]
print(sorted(people, key=attrgetter("name")), sorted(people, key=attrgetter("addr.city", "name")))
print(attrgetter("addr.city")(people[0]), attrgetter("name", "addr.city")(people[1]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y"))
print(methodcaller("replace", "a", "o", 1)("banana"), methodcaller("get", "z", 0)({}))
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
