# Seeded random simulations: dice, shuffle/sample/choices with weights, randrange, gauss rounding.
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, sum(rolls))
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(3)]
print(hands)
print(random.sample(range(100), 5), random.sample("abcdefg", 3))
print(random.choice(["rock", "paper", "scissors"]), random.choices("abc", weights=[10, 1, 1], k=8))
print(random.choices(range(3), cum_weights=[1, 2, 10], k=6))
print([random.randrange(0, 100, 5) for _ in range(6)], random.randrange(10))
print([round(random.random(), 6) for _ in range(3)], round(random.uniform(-1, 1), 6))
print([round(random.gauss(0, 1), 4) for _ in range(3)], round(random.normalvariate(10, 2), 4))
print(random.getrandbits(16), round(random.triangular(0, 10, 3), 4), round(random.expovariate(1.5), 4))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
rng = random.Random(7)
walk = [0]
for _ in range(15):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
r1, r2 = random.Random("seed-string"), random.Random("seed-string")
print([r1.randint(0, 9) for _ in range(8)] == [r2.randint(0, 9) for _ in range(8)])
hits = sum(1 for _ in range(2000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi estimate", 4 * hits / 2000)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
