class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    def __init__(self, code):
        super().__init__('leaf', code)
        self.code = code
def thrower(k):
    if k == 0:
        raise Base('base')
    if k == 1:
        raise Mid('mid')
    raise Leaf(42)
for k in range(3):
    try:
        thrower(k)
    except Leaf as e:
        print('Leaf', e.code, e.args, str(e))
    except Mid as e:
        print('Mid', e)
    except Base as e:
        print('Base', e)
for k in range(3):
    try:
        thrower(k)
    except (Mid, Base) as e:
        print(type(e).__name__, isinstance(e, Mid), [c.__name__ for c in type(e).__mro__][:3])
try:
    thrower(2)
except Exception as e:
    print(repr(e))
