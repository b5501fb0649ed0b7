class Box:
    color = 'red'
    def __init__(self):
        self.size = 3
b = Box()
print(getattr(b, 'size'), getattr(b, 'color'), getattr(b, 'missing', 'default'), hasattr(b, 'size'), hasattr(b, 'nope'))
setattr(b, 'weight', 10)
print(b.weight, getattr(b, 'weight'))
delattr(b, 'weight')
print(hasattr(b, 'weight'))
try:
    getattr(b, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(b, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(b), sorted(k for k in vars(Box) if not k.startswith('__')))
b.extra = [1]
print(vars(b), b.__dict__ is vars(b))
del b.size
print(vars(b))
print(getattr(5, 'real'), getattr('abc', 'upper')(), hasattr([], 'append'), hasattr(1, 'append'))
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
