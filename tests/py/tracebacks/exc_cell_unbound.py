def f():
    def g():
        return z
    try:
        print(z)
    except UnboundLocalError as e:
        print("caught:", e)
    z = 5
    print(g())

f()

def h(flag):
    if flag:
        w = 1
    def k():
        return w
    print(w)
    return k

h(True)
h(False)
