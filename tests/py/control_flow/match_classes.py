class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), 'x']:
    print(where(p))
def cmd(c):
    match c.split():
        case ['go', ('north' | 'south') as d]:
            return 'going ' + d
        case ['take', item, *others]:
            return f'take {item} +{len(others)}'
        case ['quit']:
            return 'bye'
        case []:
            return 'empty'
        case _:
            return 'unknown'
for c in ['go north', 'go west', 'take lamp', 'take a b c', 'quit', '', 'dance']:
    print(repr(c), cmd(c))
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}:
        print('rest', rest)
match 42:
    case x:
        print('captured', x)
