print(len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(''), len(b'xy'), len(frozenset()))
print(abs(-3), abs(3.5), abs(-0.0), abs(-10 ** 20), abs(True), abs(-3 + 4j))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([]), sum(range(5), start=100), sum([[1], [2]], []), sum([True, True]))
for bad in [lambda: len(5), lambda: sum(['a', 'b'], ''), lambda: abs('x'), lambda: sum([1, 'a']), lambda: len()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Sized:
    def __len__(self):
        return 7
print(len(Sized()), bool(Sized()))
