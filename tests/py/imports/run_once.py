# A module's body runs once; later imports get the cached module.
import _counter
import _counter
import _counter as again
from _counter import bump
print(_counter is again)
print(bump(), bump(), _counter.count, again.count)
import sys
print("_counter" in sys.modules, sys.modules["_counter"] is _counter)


def reimport():
    import _counter
    return _counter.bump()


print(reimport(), reimport())
print(_counter.count)
