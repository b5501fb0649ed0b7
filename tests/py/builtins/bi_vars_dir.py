class P:
    kind = 'point'
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = P(3, 4)
print(vars(p), p.__dict__)
vars(p)['z'] = 5
print(p.z, sorted(vars(p)))
print([k for k in dir(p) if not k.startswith('_')])
print('norm' in dir(P), 'x' in dir(P), 'x' in dir(p), 'append' in dir([]), 'upper' in dir(''))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
