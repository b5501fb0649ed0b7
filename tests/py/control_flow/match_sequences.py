def seq(x):
    match x:
        case []:
            return 'empty'
        case [only]:
            return f'one: {only}'
        case [a, b]:
            return f'two: {a}, {b}'
        case [first, *middle, last]:
            return f'first {first}, {len(middle)} middle, last {last}'
for v in [[], [1], [1, 2], [1, 2, 3], list(range(10)), (7, 8), 'ab']:
    print(repr(v), seq(v))
def nested(x):
    match x:
        case [(a, b), (c, d)]:
            return a + b + c + d
        case [[x1, y1], *_]:
            return x1 * y1
        case (int(n), str(s)):
            return s * n
        case _:
            return None
for v in [[(1, 2), (3, 4)], [[5, 6], 1, 2], (3, 'ab'), [1, 2, 3], ('a', 3)]:
    print(repr(v), nested(v))
def star(x):
    match x:
        case [*init, 0]:
            return f'ends with zero after {init}'
        case [0, *rest]:
            return f'starts with zero then {rest}'
        case _:
            return 'no zero at ends'
for v in [[1, 2, 0], [0, 5, 6], [0], [1, 2]]:
    print(v, star(v))
