# gi_yieldfrom: the delegate while paused in a yield from, else None.
def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield 3
o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_yieldfrom)
next(o); next(o)
print(o.gi_yieldfrom)
