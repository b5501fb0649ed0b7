# accumulate with functions and initial; groupby on sorted data with keys.
import operator
from itertools import accumulate, groupby

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=10)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate("abc")))
print(list(accumulate([10, 5, 2], lambda a, b: a - b)), list(accumulate([1.5, 2.5])))
balance = list(accumulate([100, -20, -50, 30, -80], initial=0))
print(balance, min(balance))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1])], [len(list(g)) for _, g in groupby("xxyzzz")])
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
people.sort(key=operator.itemgetter(1))
for age, grp in groupby(people, key=operator.itemgetter(1)):
    print(age, [name for name, _ in grp])
words = ["apple", "Avocado", "banana", "Blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0].lower())})


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


print(rle("WWWWBBBWWCCCCC"), rle(""), rle("a"))
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
