def f():
    x = 1
    def g():
        print(x)
        return x
    x = 2
    return g
print(f()())
def h():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    y = 1
print(h())
def k():
    count = 0
    def bump():
        try:
            count += 1
        except UnboundLocalError as e:
            return type(e).__name__ + ': ' + str(e)
    return bump()
print(k())
def m():
    items = []
    def add(v):
        items.append(v)
    add(1)
    add(2)
    return items
print(m())
