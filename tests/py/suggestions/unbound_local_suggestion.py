def f():
    count = 1
    def g():
        print(cuont)
    g()
f()
