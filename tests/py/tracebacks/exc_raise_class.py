def f():
    raise RuntimeError


print("x")
f()
