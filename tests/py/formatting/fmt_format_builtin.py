for v, spec in [(42, ''), (42, '5'), (42, '<5'), (42, 'b'), (-42, '+08'), (3.14159, '.3'), (3.14159, '.3f'), (1e-9, ''), (1e-9, 'g'),
                (0.1, '.20f'), (12345.6789, ',.1f'), ('s', ''), ('s', '>3'), (True, ''), (True, 'd'), (None, ''), ([1], ''), (1.0, ''), (1.0, 'g'), (100, '.2e'), (7, '%'), (0.0001, '.0%')]:
    print(repr(v), repr(spec), repr(format(v, spec)))
for v, spec in [(None, 'd'), ([1], '5'), ('s', 'd'), (1.5, 'd'), (1, '.1s'), ('x', '+'), ('x', '=5')]:
    try:
        format(v, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return f'${self.c / 100:{spec or ".2f"}}'
m = Money(12345)
print(format(m), format(m, '.1f'), f'{m}', f'{m:,.2f}', '{:.0f}'.format(m))
