# A caught exception's traceback keeps the frames it went through, and
# so their variables, alive until the except block ends.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def inner():
    z = T("inner.z")
    raise ValueError("v")


def outer():
    x = T("outer.x")
    y = T("outer.y")
    inner()


try:
    outer()
except ValueError as e:
    print("caught", e)
print("after except")
try:
    outer()
except ValueError:
    print("caught without name")
print("after second except")


def loop():
    for item in [T("loop item")]:
        local = T("loop local")
        raise KeyError(item.name)


try:
    loop()
except KeyError as e:
    print("caught", e)
    saved = e
print("saved the exception")
del saved
print("after del saved")


def handled_inside():
    try:
        t = T("handled.t")
        raise RuntimeError("inside")
    except RuntimeError:
        print("handled inside")
    print("handled_inside returns")


handled_inside()
print("end")
