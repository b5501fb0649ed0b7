# Simulations with a fixed seed: results are exact, so they are printed as is.
import random
from collections import Counter

rng = random.Random(31337)
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / N)

rng.seed(8)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600))
print(sorted(rolls.items()))
print(rolls.most_common(3))


def random_walk(steps, seed):
    r = random.Random(seed)
    pos = 0
    far = 0
    for _ in range(steps):
        pos += r.choice((-1, 1))
        far = max(far, abs(pos))
    return pos, far


print([random_walk(1000, s) for s in range(5)])

rng.seed(99)
people = ["ann", "bob", "cid", "dee", "eve", "fay"]
teams = people[:]
rng.shuffle(teams)
print(teams[:3], teams[3:])
print(sum(rng.gauss(0, 1) for _ in range(1000)))
