def greet(name, greeting='Hello'):
    return f'{greeting}, {name}!'
print(greet.__name__, greet.__defaults__, greet('Ann'), greet('Bob', 'Hi'))
say = greet
print(say('Cy'), say is greet, say == greet, callable(say))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b, 'greet': greet}
print(ops['add'](2, 3), ops['mul'](2, 3), ops['greet']('Di'))
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, 'abcd'), apply(greet, 'Ed'))
def make_multiplier(n):
    def mul(x):
        return x * n
    mul.factor = n
    return mul
triple = make_multiplier(3)
print(triple(7), triple.factor, triple.__name__)
def doc():
    """Docstring here."""
print(doc.__doc__, greet.__doc__)
funcs = [abs, str, len, greet]
print([f.__name__ for f in funcs])
print(type(greet).__name__, type(len).__name__, type(lambda: 0).__name__)
def noreturn():
    x = 1
print(noreturn())
