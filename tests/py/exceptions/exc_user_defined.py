class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f'{name} not found')
        self.name = name
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f'invalid {self.field}={self.value!r}'
def lookup(name):
    if name == 'bad':
        raise Invalid('name', name)
    if name != 'ok':
        raise NotFound(name)
    return 'found'
for n in ['ok', 'missing', 'bad']:
    try:
        print(lookup(n))
    except NotFound as e:
        print('NotFound:', e, e.name, e.args, isinstance(e, AppError))
    except AppError as e:
        print('AppError:', e, type(e).__name__, e.args, e.field)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, repr(AppError('x')))
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr()), str(WithRepr('s')))
class Code(ValueError):
    code = 7
try:
    raise Code('c')
except ValueError as e:
    print(type(e).__name__, e, e.code)
raise NotFound('widget')
