def outer():
    x = 1
    def show():
        return x
    print(show())
    x = 2
    print(show())
    x = "three"
    return show

f = outer()
print(f())

def make_all():
    fs = ()
    for i in range(4):
        def g():
            return i
        fs = fs + (g,)
    return fs

for g in make_all():
    print(g(), end=" ")
print()

def make_bound():
    fs = ()
    for i in range(4):
        def make(j):
            def h():
                return j * 10
            return h
        fs = fs + (make(i),)
    return fs

for h in make_bound():
    print(h(), end=" ")
print()

def defaults_capture():
    fs = ()
    for i in range(3):
        fs = fs + ((lambda i=i: i + 100),)
    return fs

for f in defaults_capture():
    print(f())
