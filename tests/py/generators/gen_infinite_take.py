def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
g = primes()
print([next(g) for _ in range(15)])
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
def cycle(xs):
    while True:
        for x in xs:
            yield x
c = cycle('abc')
print(''.join(next(c) for _ in range(10)))
