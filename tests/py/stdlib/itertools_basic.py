# itertools: each tool's output in CPython's order, laziness over infinite
# inputs, the errors programs meet.
import itertools as it
from itertools import count, cycle, repeat, chain, islice

print(list(islice(count(5), 4)), list(islice(count(1, 0.5), 3)), repr(count(3)), repr(count(2, 3)))
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(repeat("x", 3)), repr(repeat(1, 2)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable(["xy", [1]])))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 3)), list(islice([1, 2], 0, None)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)),
      list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2, 5])),
      list(it.takewhile(lambda x: x < 3, [1, 2, 4, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.zip_longest()))
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)), list(it.product()))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([1], 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)))
for k, g in it.groupby("aaabccdd"):
    print(k, list(g), end="; ")
print()
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = it.groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), len(it.tee("x", 3)))
for bad in (lambda: list(islice([1], -1)), lambda: list(islice([1], 0, 2, 0)),
            lambda: list(it.permutations([1], -1)), lambda: count("a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
