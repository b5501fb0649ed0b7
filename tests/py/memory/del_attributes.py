# An instance's attributes are released in the order they were set when
# it dies; rebinding or deleting an attribute releases the old value.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self):
        self.first = T("first")
        self.second = T("second")
        self.third = T("third")

    def __del__(self):
        print("del holder")


h = Holder()
h.second = T("second replaced")
print("rebound second")
del h.third
print("deleted third")
h.fourth = T("fourth")
print("del h")
del h
print("after del h")
o = Holder()
o.child = Holder()
print("del parent with child")
o = None
print("end")
