# Combinatoric iterators to solve small puzzles: product, permutations, combinations(+replacement).
from itertools import product, permutations, combinations, combinations_with_replacement, count, cycle, repeat, islice

coins = [1, 2, 5]
ways = [c for c in combinations_with_replacement(coins, 4) if sum(c) == 10]
print(ways)
digits = "123"
print(["".join(p) for p in permutations(digits)], len(list(permutations(range(5), 2))))
print(list(combinations("ABCD", 2)), len(list(combinations(range(10), 3))))
print(list(product("ab", repeat=2)), len(list(product(range(3), "xy", [True]))))
print([(a, b, c) for a, b, c in combinations(range(1, 20), 3) if a * a + b * b == c * c])
# SEND + MORE = MONEY style small puzzle: AB + BA = CC (distinct digits)
solutions = []
for a, b, c in permutations(range(10), 3):
    if a and b and (10 * a + b) + (10 * b + a) == 11 * c:
        solutions.append(f"{a}{b}+{b}{a}={c}{c}")
print(solutions[:5], len(solutions))
colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(zip(count(10, 5), "abcd")), list(islice(count(1.5, 0.5), 4)))
print(list(repeat("x", 3)), list(map(pow, range(5), repeat(2))))
grid = list(product(range(3), repeat=2))
print([(r, c) for r, c in grid if r != c and r + c == 2])
teams = ["ann", "bob", "cy", "dee"]
schedule = list(combinations(teams, 2))
print(len(schedule), schedule[:3])
seating = [p for p in permutations(teams) if p[0] == "ann" and abs(p.index("bob") - p.index("cy")) > 1]
print(seating)
print(list(combinations([], 0)), list(combinations("ab", 3)), list(permutations("ab", 0)), list(product()))
passwords = ("".join(t) for t in product("ab1", repeat=3))
print([p for p in passwords if any(ch.isdigit() for ch in p) and p[0].isalpha()][:6])
