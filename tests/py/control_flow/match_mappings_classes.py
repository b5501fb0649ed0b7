def event(e):
    match e:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k)} if len(k) == 1:
            return f'key {k}'
        case {'type': 'key'}:
            return 'special key'
        case {'type': t, **rest}:
            return f'{t} with {sorted(rest)}'
        case {}:
            return 'no type'
        case _:
            return 'not a mapping'
for e in [{'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'key': 'a'}, {'type': 'key', 'key': 'F1'},
          {'type': 'scroll', 'dy': 3, 'dx': 0}, {'pos': 1}, [1], 'click']:
    print(event(e))
def typed(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i}'
        case float(f):
            return f'float {f}'
        case str() as s:
            return f'str {s}'
        case list() | tuple():
            return f'sequence of {len(v)}'
        case dict():
            return 'dict'
        case _:
            return 'other'
for v in [True, 3, 2.5, 'hi', [1, 2], (1,), {}, None]:
    print(typed(v))
