def evaluate(expr):
    match expr:
        case ('num', n):
            return n
        case ('neg', e):
            return -evaluate(e)
        case ('add', l, r):
            return evaluate(l) + evaluate(r)
        case ('mul', l, r):
            return evaluate(l) * evaluate(r)
        case ('div', l, ('num', 0)):
            return 'division by literal zero'
        case ('div', l, r):
            return evaluate(l) // evaluate(r)
        case _:
            return 'bad expr'
tree = ('add', ('num', 2), ('mul', ('num', 3), ('neg', ('num', 4))))
print(evaluate(tree))
print(evaluate(('div', ('num', 9), ('num', 0))))
print(evaluate(('div', ('num', 9), ('add', ('num', 1), ('num', 1)))))
print(evaluate(('pow', 1, 2)), evaluate(42))
def shape(p):
    match p:
        case {'kind': 'circle', 'r': r} if r > 0:
            return 'circle ' + str(r)
        case {'kind': 'circle'}:
            return 'degenerate circle'
        case {'kind': 'rect', 'w': w, 'h': h} if w == h:
            return 'square ' + str(w)
        case {'kind': 'rect', 'w': w, 'h': h}:
            return 'rect ' + str(w) + 'x' + str(h)
    return 'unknown'
for p in [{'kind': 'circle', 'r': 2}, {'kind': 'circle', 'r': 0}, {'kind': 'rect', 'w': 3, 'h': 3}, {'kind': 'rect', 'w': 2, 'h': 5}, {}]:
    print(shape(p))
