# Finalizers that release other objects: depth first, as CPython runs
# each __del__ at the moment of the release.
class T:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)


chain = T("a", T("b", T("c", T("d"))))
print("del chain")
del chain
l = [T("x", T("x.child")), T("y", T("y.child"))]
print("del list of parents")
del l


class Maker:
    def __del__(self):
        print("Maker del makes a T")
        t = T("made in del")
        print("Maker del ends")


Maker()
print("after Maker")


class Dropper:
    def __init__(self):
        self.items = [T("item1"), T("item2")]

    def __del__(self):
        print("Dropper del clears items")
        self.items.clear()
        print("Dropper del done")


Dropper()
print("end")
