# Cells and closures: a captured variable lives as long as the closure.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_counter():
    state = T("counter state")

    def get():
        return state.name

    return get


g = make_counter()
print("closure made", g())
del g
print("after del closure")


def shadow():
    v = T("v1")

    def read():
        return v.name

    print(read())
    v = T("v2")
    print(read())


shadow()
print("after shadow")
fs = [(lambda k=T("default" + str(i)): k.name) for i in range(2)]
print([f() for f in fs])
fs = None
print("end")
