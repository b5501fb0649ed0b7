# itertools in a sales report: groupby, accumulate, chain, islice, starmap, compress, zip_longest.
from itertools import groupby, accumulate, chain, islice, starmap, compress, zip_longest, pairwise, takewhile, dropwhile, filterfalse
import operator

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 90), ("2024-02", "north", 150),
    ("2024-02", "south", 60), ("2024-02", "west", 40), ("2024-03", "north", 130),
    ("2024-03", "west", 75),
]
for month, group in groupby(sales, key=lambda r: r[0]):
    rows = list(group)
    print(month, [r[1] for r in rows], sum(r[2] for r in rows))
by_region = sorted(sales, key=operator.itemgetter(1))
print({k: [r[2] for r in g] for k, g in groupby(by_region, key=operator.itemgetter(1))})
amounts = [r[2] for r in sales]
print(list(accumulate(amounts)))
print(list(accumulate(amounts, max)), list(accumulate(amounts, operator.mul, initial=1))[:4])
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b)))
print(list(pairwise(amounts)), [b - a for a, b in pairwise(amounts)])
print(list(islice(sales, 2, 6, 2)), list(islice(amounts, 3)))
print(list(starmap(lambda m, r, a: f"{r[0].upper()}{a}", sales[:3])), list(starmap(pow, [(2, 5), (3, 2)])))
big = [a > 100 for a in amounts]
print(list(compress([r[1] for r in sales], big)))
print(list(takewhile(lambda a: a > 50, amounts)), list(dropwhile(lambda a: a > 50, amounts)))
print(list(filterfalse(lambda r: r[1] == "north", sales))[:2])
q1 = ["jan", "feb", "mar"]
targets = [100, 200]
print(list(zip_longest(q1, targets, fillvalue=0)), list(zip_longest("ab", "xyz", "1")))
print(list(chain.from_iterable(r[1:] for r in sales[:2])), list(chain("ab", [1], ())))
print([(k, len(list(g))) for k, g in groupby("aaabccddd")], [k for k, _ in groupby([1, 1, 2, 1])])
