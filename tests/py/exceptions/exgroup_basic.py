# ExceptionGroup / BaseExceptionGroup: construction checks, str/repr,
# attributes, subgroup/split/derive, class relations.
def t(f):
    try:
        r = f()
        print('->', type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ExceptionGroup())
t(lambda: ExceptionGroup('m'))
t(lambda: ExceptionGroup('m', [], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup('m', 5))
t(lambda: ExceptionGroup('m', []))
t(lambda: ExceptionGroup('m', [1]))
t(lambda: ExceptionGroup('m', [ValueError(), 2]))
t(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('m', [ValueError(1)]))
t(lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: ExceptionGroup('m', (ValueError(1), TypeError('t'))))
t(lambda: ExceptionGroup('m', {ValueError(1)}))
t(lambda: ExceptionGroup('m', 'ab'))
t(lambda: ExceptionGroup('m', [ValueError(1)], ))
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [KeyError(3)])])
print(str(eg), repr(eg), eg.message, eg.exceptions, eg.args)
print(str(ExceptionGroup('one', [ValueError()])))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
print(eg.subgroup(ValueError))
print(eg.subgroup(KeyError))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: isinstance(e, (ValueError, KeyError))))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split(TypeError))
print(eg.split((ValueError, KeyError)))
print(eg.split(ExceptionGroup))
print(eg.derive([ValueError(9)]))
t(lambda: eg.split(3))
t(lambda: eg.subgroup(int))
t(lambda: eg.split())
class MyEG(ExceptionGroup):
    pass
m = MyEG('mine', [ValueError(1), TypeError(2)])
print(repr(m.subgroup(ValueError)), type(m.split(TypeError)[0]).__name__)
print(repr(eg.exceptions[2].subgroup(KeyError)))
x = ExceptionGroup('c', [ValueError(1), TypeError(2)])
x.__cause__ = KeyError('cause'); x.__context__ = IndexError('ctx')
s = x.subgroup(ValueError)
print(repr(s.__cause__), repr(s.__context__), s.__traceback__)
print(BaseExceptionGroup.__name__, ExceptionGroup.__bases__)

# caught by plain except clauses through their classes
for g in [ExceptionGroup('e', [ValueError(1)]), BaseExceptionGroup('b', [SystemExit(2)])]:
    try:
        raise g
    except Exception as e:
        print('except Exception:', repr(e))
    except BaseException as e:
        print('except BaseException:', repr(e))
try:
    raise ExceptionGroup('eg', [OSError('x')])
except BaseExceptionGroup as e:
    print('except BaseExceptionGroup:', e, [type(x).__name__ for x in e.exceptions])


# user subclasses: derive is used to rebuild them
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + '!', excs)


tg = Tagged('tag', [ValueError(1), KeyError(2)])
match, rest = tg.split(ValueError)
print(type(match).__name__, repr(match), repr(rest))
print(isinstance(tg, ExceptionGroup), isinstance(tg, BaseExceptionGroup), tg.message)

# predicates see every group and leaf, outermost first
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return False
print(eg.split(pred))
print(seen)

# the traceback is kept on derived groups
try:
    raise ExceptionGroup('raised', [ValueError('a'), TypeError('b')])
except ExceptionGroup as e:
    part = e.subgroup(TypeError)
    print(part.__traceback__ is not None, e.exceptions[0].__traceback__)
