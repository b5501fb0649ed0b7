evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(evens, threes)
print(evens & threes, evens | threes, evens - threes, evens ^ threes)
print(sorted(evens & threes), len(evens | threes), {n * n for n in evens if n < 8})
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(primes, sorted(primes) == sorted(list(primes)))
a = set()
for n in [5, 3, 5, 1, 3, 9]:
    a.add(n)
print(a, len(a), 5 in a, 6 in a)
print(set(range(5)) == {0, 1, 2, 3, 4}, {1, 2}.union([3], (4,), range(5, 7)), set([2, 1]).intersection([1], [1, 2]))
print(frozenset(range(5)) | frozenset([10]), frozenset([3, 2]) == frozenset([2, 3]), {frozenset(): 0})
print(max({4, 9, 1}), min({4, 9, 1}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True), list({7, 1, 300}))
