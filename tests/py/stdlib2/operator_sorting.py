# operator.itemgetter/attrgetter/methodcaller for multi-key sorting and data extraction.
from operator import itemgetter, attrgetter, methodcaller
import operator


class Book:
    def __init__(self, title, author, year, meta):
        self.title, self.author, self.year, self.meta = title, author, year, meta

    def __repr__(self):
        return f"Book({self.title!r})"


class Meta:
    def __init__(self, pages, rating):
        self.pages, self.rating = pages, rating


books = [
    Book("Dune", "Herbert", 1965, Meta(412, 4.3)),
    Book("Emma", "Austen", 1815, Meta(474, 4.0)),
    Book("Ubik", "Dick", 1969, Meta(202, 4.1)),
    Book("Persuasion", "Austen", 1817, Meta(249, 4.1)),
]
print(sorted(books, key=attrgetter("author", "year")))
print(sorted(books, key=attrgetter("meta.rating"), reverse=True))
get = attrgetter("title", "meta.pages")
print([get(b) for b in books])
print(max(books, key=attrgetter("meta.pages")).title, min(map(attrgetter("year"), books)))

rows = [("eve", 31, "nyc"), ("al", 25, "sf"), ("bo", 31, "la"), ("cy", 25, "nyc")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2)(rows[0]), itemgetter(slice(1, None))(rows[1]))
records = [{"id": 3, "score": 88}, {"id": 1, "score": 95}, {"id": 2, "score": 88}]
print(sorted(records, key=itemgetter("score", "id")))
print(itemgetter("id", "score")(records[0]), itemgetter(-1)("hello"))
words = ["  Apple ", "banana  ", " cherry"]
print(list(map(methodcaller("strip"), words)), list(map(methodcaller("split", "a"), ["banana", "java"])))
print(sorted(words, key=methodcaller("strip")), methodcaller("replace", "a", "o", 1)("banana"))
print(methodcaller("get", "id", 0)(records[1]), methodcaller("count", "a")("banana"))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
print({sym: f(17, 5) for sym, f in ops.items()})
print(operator.neg(5), operator.not_([]), operator.truth("x"), operator.contains([1, 2], 2), operator.concat("ab", "cd"))
print(operator.index(7), operator.is_(None, None), operator.lt(1, 2), operator.getitem({"k": 9}, "k"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 100)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
try:
    itemgetter(5)(rows)
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter("meta.isbn")(books[0])
except AttributeError as e:
    print("AttributeError:", e)
