# ExceptionGroup construction, message and exceptions attributes, str and
# repr, nesting, BaseExceptionGroup vs ExceptionGroup selection, subgroup()
# and split() by type and by predicate, and constructor errors.


class TaskError(Exception):
    def __init__(self, task):
        super().__init__(f"task {task} failed")
        self.task = task


eg = ExceptionGroup("batch", [TaskError(1), ValueError("v"), ExceptionGroup("inner", [TaskError(2), KeyError("k")])])
print(eg, "|", eg.message, len(eg.exceptions))
print(repr(eg.exceptions[2]))
print(type(eg).__name__, isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

tasks = eg.subgroup(TaskError)
print(repr(tasks))
print([e.task for e in tasks.exceptions[:1]], tasks.exceptions[1].exceptions[0].task)
match, rest = eg.split(lambda e: isinstance(e, (ValueError, KeyError)))
print(repr(match))
print(repr(rest))
print(eg.subgroup(OSError), eg.split(Exception)[1])

bg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
ok = BaseExceptionGroup("only exceptions", [ValueError()])
print(type(bg).__name__, type(ok).__name__)
for args in (("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
d = eg.derive([ValueError("only")])
print(repr(d), type(d).__name__)
