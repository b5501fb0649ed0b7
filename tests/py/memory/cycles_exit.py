# Cycles alive at exit: CPython's finalization collects true garbage
# first, then finalizes the module's objects in the collector's order
# while the globals are still bound.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "sees A:", type(A).__name__)


a = A("a-global")
c = A("cyc1")
c.me = c


def f():
    x = A("cyc-garbage")
    x.me = x


f()
b = A("b-global")
d = A("cyc2")
d.me = d
l = [A("inlist1"), A("inlist2"), A("inlist3")]
dd = {"k1": A("d1"), "k2": A("d2")}
pair1 = A("pair1")
pair2 = A("pair2")
pair1.other = pair2
pair2.other = pair1
print("end")
