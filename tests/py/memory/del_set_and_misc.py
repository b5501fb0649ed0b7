# Sets, frozensets, dict views, iterators and bound methods keep their
# referents alive exactly as long as CPython does.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def meth(self):
        return self.name


s = {T("only in set")}
print("set made")
s = None
print("after set")
obj = T("bound receiver")
m = obj.meth
del obj
print("receiver alive through method:", m())
del m
print("after del method")
lst = [T("iterated")]
it = iter(lst)
del lst
print("list alive through iterator")
print(next(it).name)
del it
print("after del iterator")
d = {"k": T("dict value")}
vals = d.values()
del d
print("dict alive through view")
del vals
print("end")
