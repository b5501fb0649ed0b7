# ExceptionGroup: building, split/subgroup, nested groups, and except* handling.
class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(f"{task}: {reason}")
        self.task = task


def run_tasks(tasks):
    errors = []
    results = {}
    for name, value in tasks:
        try:
            if value is None:
                raise TaskError(name, "no input")
            results[name] = 100 // value
        except (TaskError, ZeroDivisionError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} task(s) failed", errors)
    return results


print(run_tasks([("a", 5), ("b", 4)]))
try:
    run_tasks([("a", 0), ("b", None), ("c", 3), ("d", None)])
except* TaskError as eg:
    print("task errors:", [e.task for e in eg.exceptions], eg.message)
except* ZeroDivisionError as eg:
    print("zero division:", len(eg.exceptions), repr(eg.exceptions[0]))

eg = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    KeyError("k"),
])
vals, rest = eg.split(ValueError)
print(repr(vals))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, LookupError)))
print(eg.subgroup(OSError), len(eg.exceptions))


def leaves(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e


print([str(e) for e in leaves(eg)])
try:
    try:
        raise eg
    except* ValueError as ve:
        print("handled", [str(e) for e in leaves(ve)])
except* TypeError as te:
    print("outer got", repr(te))
except* KeyError as ke:
    print("outer got", repr(ke))

try:
    raise ExceptionGroup("single", [OSError("disk")])
except* OSError as e:
    print(type(e).__name__, e.exceptions)

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
