# shuffle in place, sample without replacement, choices with weights; seeded.
import random

random.seed(2024)
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, sorted(deck) == list(range(1, 11)))
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)
print(random.sample(range(100), 5), random.sample("abcdefg", 3), random.sample([1, 2, 3], 3))
print(random.sample(range(10), k=0), random.sample([5, 5, 5, 6], 2))
print(random.sample(["x", "y"], 5, counts=[3, 2]))
print(random.choices("abc", k=6))
print(random.choices(["win", "lose"], weights=[1, 9], k=8))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
empty = []
random.shuffle(empty)
print(empty)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError", e)
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print("ValueError", e)
