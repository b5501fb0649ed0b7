# An exception group escaping from a task runner: the uncaught traceback
# prints the nested group tree with each sub-exception's own traceback.


class TaskFailed(Exception):
    def __init__(self, name, reason):
        super().__init__(f"{name}: {reason}")
        self.name = name


def task(name, value):
    if value < 0:
        raise TaskFailed(name, "negative input")
    if value == 0:
        raise ZeroDivisionError(f"{name} divided by zero")
    return 100 // value


def run_all(jobs):
    results, errors = {}, []
    for name, value in jobs:
        try:
            results[name] = task(name, value)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(jobs)} tasks failed", errors)
    return results


print(run_all([("a", 5), ("b", 20)]))
try:
    run_all([("c", -1), ("d", 4)])
except* TaskFailed as g:
    print("handled:", [e.name for e in g.exceptions])
run_all([("e", 0), ("f", 3), ("g", -2)])
