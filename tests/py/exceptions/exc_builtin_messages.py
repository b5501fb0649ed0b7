tests = [
    lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [1][5], lambda: (1,)[5], lambda: 'a'[5],
    lambda: {}['x'], lambda: {}[(1, 2)], lambda: int('4.5'), lambda: float('x'), lambda: [].pop(),
    lambda: {}.popitem(), lambda: [1].index(9), lambda: 'abc'.index('z'), lambda: 1 + 'a', lambda: 'a' + 1,
    lambda: [] + (), lambda: len(3), lambda: (lambda n: n())(3), lambda: None.x, lambda: 'a'.nope, lambda: [].nope,
    lambda: undefined_thing, lambda: int(None), lambda: [] < 1, lambda: {} < {}, lambda: -'a', lambda: ~1.5,
    lambda: 2 ** 'a', lambda: 'a' * 1.5, lambda: (lambda i: [1, 2][i])(1.0), lambda: {[]: 1}, lambda: set([[]]),
    lambda: iter(1), lambda: next(iter([])), lambda: chr(-5), lambda: 'x'.join([1]), lambda: 10 ** 400 * 1.0,
    lambda: 1 << -1, lambda: list(range(3))[::0], lambda: dict(a=1)['b'], lambda: abs(None),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
