# User subclasses of exception groups: the base's checks, __new__ with extra
# arguments, derive keeping them.
class MyEG(ExceptionGroup):
    pass
for args in [('m', [1]), ('m', []), ('m',), ('m', [ValueError(1)])]:
    try:
        print(repr(MyEG(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class WithExtra(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
    def derive(self, excs):
        return WithExtra(self.message, excs, self.code)
w = WithExtra('w', [ValueError(1), TypeError(2)], 42)
print(repr(w), w.code, w.exceptions)
m, r = w.split(ValueError)
print(type(m).__name__, m.code, repr(r))
print(str(w), w.message)
class BEG(BaseExceptionGroup):
    pass
b = BEG('b', [ValueError(1)])
print(type(b).__name__, isinstance(b, ExceptionGroup))
