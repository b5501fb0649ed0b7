# gi_frame (None once finished or closed), gi_suspended, gi_running.
def g():
    yield 1
x = g()
print(x.gi_frame is None, type(x.gi_frame).__name__)
next(x)
print(x.gi_frame is None)
list(x)
print(x.gi_frame is None)
y = g()
y.close()
print(y.gi_frame is None)
print(x.gi_suspended, y.gi_suspended)
z = g(); next(z); print(z.gi_suspended)
