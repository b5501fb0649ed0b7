def gen():
    for i in range(3):
        print("  produce", i)
        yield i
for i, x in enumerate(gen()):
    print("got", i, x)
    break
import itertools
print(list(zip(itertools.count(), "abc")))
m = map(lambda v: v * 2, itertools.count(5))
print(next(m), next(m), type(m).__name__, iter(m) is m)
f = filter(None, [0, 1, "", "x", [], [2]])
print(list(f), list(f))
class Q:
    def __len__(self): return 0
class F:
    def __bool__(self): return False
print(any([Q()]), any([F()]), all([Q()]), all([F()]), list(filter(None, [Q(), F(), 1])))
e = enumerate("ab", start=2**63 - 1)
print(list(e))
try: list(zip([1, 2], [3], strict=True))
except ValueError as ex: print(ex)
try: list(zip([1], [3, 4], strict=True))
except ValueError as ex: print(ex)
print(list(map(pow, [2, 3], [5, 2, 9])), list(zip()), list(map(str, [])))
z = zip([1, 2, 3], gen())
print(next(z))
def typed(n: int) -> int:
    t = 0
    for i, v in enumerate(range(n)):
        t += i * v
    for a, b in zip(range(n), range(n, 0, -1)):
        t += a - b
    t += sum(map(abs, range(-n, n)))
    return t
print(typed(100))
