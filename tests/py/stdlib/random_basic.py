import random

for s in [0, 1, 42, -42, 12345678901234567890123, 2**32, 2**32 - 1, "hello", b"bytes", bytearray(b"ba"), "", 3.5, -2.25, True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(5), random.getrandbits(70), random.getrandbits(32), random.getrandbits(64))

random.seed(7)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 100) for _ in range(5)])
print([random.randrange(100, 5, -7) for _ in range(5)])
print([random.randrange(-50, 50, 3) for _ in range(5)])
print(random.randrange(10**30), random.randrange(-10**25, 10**25, 7))
print([random.randint(1, 6) for _ in range(12)])

for args in [(0,), (-3,), (5, 5), (5, 1), (1, 10, 0), (1, 10, -1), (1, None, 2), ("a",)]:
    try:
        print(random.randrange(*args))
    except Exception as e:
        print(type(e).__name__, e)

random.seed(2024)
print(random.choice([1, 2, 3, 4, 5]), random.choice("abcdef"), random.choice(range(100)), random.choice((9, 8)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
x = list(range(20))
random.shuffle(x)
print(x)
print(random.sample(range(100), 10))
print(random.sample(range(10), 10))
print(random.sample(range(100000), 5))
print(random.sample(list("abcdefghij"), 3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(40), 30))
for bad in [lambda: random.sample(range(3), 4), lambda: random.sample(range(3), -1), lambda: random.sample({1, 2}, 1),
            lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.sample([1, 2], 1, counts=[0, 0]),
            lambda: random.sample([1, 2], 1, counts=[1.0, 2.0])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

random.seed(99)
print(random.choices("abc"), random.choices("abc", k=5))
print(random.choices([10, 20, 30], weights=[1, 0, 5], k=6))
print(random.choices([10, 20, 30], [0.5, 0.25, 0.25], k=4))
print(random.choices([10, 20, 30], cum_weights=[1, 1, 10], k=6))
for bad in [lambda: random.choices([1, 2], [1], k=1), lambda: random.choices([1, 2], [0, 0]),
            lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]), lambda: random.choices([1, 2], 3),
            lambda: random.choices([1, 2], [1, float('inf')])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

random.seed(5)
print(random.uniform(1, 10), random.uniform(-2.5, 2.5))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(5, 5, 5), random.triangular(1, 3, 3))
print(random.gauss(), random.gauss(), random.gauss(10, 2))
st = random.getstate()
print(random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5))
random.setstate(st)
print(random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1), random.betavariate(2, 3))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
print(random.randbytes(5), random.getrandbits(0))
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)

r1 = random.Random(123)
r2 = random.Random(123)
print(r1.random() == r2.random(), r1.randint(0, 1000), r2.randint(0, 1000))
r3 = random.Random()
r3.seed("abc")
print(r3.random(), r3.choice([1, 2, 3]))
s = r3.getstate()
print(s[0], len(s[1]), s[2])
a = [r3.random() for _ in range(3)]
r3.setstate(s)
print(a == [r3.random() for _ in range(3)])
random.seed()
v = random.random()
print(0.0 <= v < 1.0)
sr = random.SystemRandom()
print(0 <= sr.randrange(10) < 10)
# the twister's regeneration after 624 words
random.seed(1)
for _ in range(700):
    random.random()
print(random.random(), random.getrandbits(100))
