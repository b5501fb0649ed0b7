def f():
    raise KeyError("k") from IndexError
f()
