# product, permutations, combinations, combinations_with_replacement.
from itertools import combinations, combinations_with_replacement, permutations, product
from math import comb, factorial, perm

print(list(product("ab", [0, 1])))
print(list(product("ab", repeat=2)), list(product()), list(product("ab", [])))
print(["".join(p) for p in product("01", repeat=3)])
print(list(permutations("abc")), list(permutations("abc", 2)), list(permutations("ab", 3)))
print(list(permutations(range(3), 0)), len(list(permutations(range(6)))) == factorial(6))
print(list(combinations("abcd", 2)), list(combinations("abc", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
n = 7
print(all(len(list(combinations(range(n), k))) == comb(n, k) for k in range(n + 2)))
print(all(len(list(permutations(range(n), k))) == perm(n, k) for k in range(n + 1)))
print(len(list(combinations_with_replacement(range(5), 3))) == comb(5 + 3 - 1, 3))
print(list(combinations([3, 1, 2], 2)), list(permutations([1, 1])))
coins = [1, 2, 5]
ways = [c for k in range(1, 4) for c in combinations_with_replacement(coins, k) if sum(c) == 6]
print(ways)
grid = [(r, c) for r, c in product(range(3), repeat=2) if r != c]
print(grid)
try:
    list(permutations("abc", -1))
except ValueError as e:
    print("ValueError", e)
try:
    list(product("ab", repeat=-1))
except ValueError as e:
    print("ValueError", e)
