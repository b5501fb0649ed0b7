def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *rest]:
            return f'list starting {first} with {len(rest)} more'
        case {'type': 'point', 'x': px, 'y': py}:
            return f'point {px},{py}'
        case str() as s:
            return f'string {s!r}'
        case (1.5 | 2.5) as f:
            return f'special float {f}'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 2, -7, [1, 2], [1, 2, 3, 4], [], {'type': 'point', 'x': 1, 'y': 2, 'z': 9}, 'hi', 2.5, None, 100, (5, 6)]:
    print(repr(v), '->', describe(v))
