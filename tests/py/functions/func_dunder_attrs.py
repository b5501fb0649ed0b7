def greet(name, greeting='Hello', *, punct='!'):
    """Say hello.

    Twice."""
    return greeting + name + punct
print(greet.__name__, greet.__qualname__, greet.__module__, greet.__defaults__, greet.__kwdefaults__)
print(repr(greet.__doc__))
sq = lambda x: x * x
print(sq.__name__, sq.__qualname__, sq.__doc__, sq.__defaults__, (lambda a=1, b=2: 0).__defaults__)
def outer():
    def inner():
        'inner doc'
    return inner
i = outer()
print(i.__name__, i.__qualname__, i.__doc__)
i.tag = 5
i.__name__ = 'renamed'
print(i.tag, i.__name__, i.__dict__)
i.__doc__ = None
print(i.__doc__)
del i.tag
try:
    i.tag
except AttributeError as e:
    print('AttributeError', e)
try:
    i.__name__ = 3
except TypeError as e:
    print('TypeError', e)
print(len.__name__, abs.__qualname__, max.__module__, print.__name__)
def nodoc():
    x = 'not a docstring'
    return x
print(nodoc.__doc__)
def fdoc():
    f'not {1} doc'
print(fdoc.__doc__)
