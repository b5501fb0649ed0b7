# Generator expressions evaluate their first iterable immediately (errors
# appear at creation) but everything else lazily; closures over loop
# variables see the value at consumption time.


def noisy(n):
    print(f"  noisy({n}) called")
    return range(n)


g = (x * 10 for x in noisy(3) if print(f"  test {x}") is None)
print("created")
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
lazy_err = (1 / x for x in [1, 0])
print(next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print("at consumption:", type(e).__name__, e)

items = [1, 2, 3]
g2 = (i for i in items)
items.append(4)
print(list(g2))
items = [9]
g3 = (i for i in items)
items = [0]
print(list(g3))

factor = 2
g4 = (i * factor for i in range(3))
factor = 100
print(list(g4))

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
print(sum(x * x for x in range(5)), max((len(w), w) for w in "a bbb cc".split()))
print(type(x for x in []).__name__, list(x for x in ()), any(x > 2 for x in range(5)))
