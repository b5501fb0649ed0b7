class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('delegating', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target)
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
r = Record(a=1, b=2)
r.c = 3
print(r.a, r.b, r.c, sorted(vars(r)))
class Dyn:
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:]
        raise AttributeError(name)
d = Dyn()
print(d.get_foo(), d.get_bar())
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
