# Containers release their items in CPython's order: lists and tuples
# from the last item, dicts in insertion order.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


l = [T("l0"), T("l1"), T("l2")]
print("del list")
del l
t = (T("t0"), T("t1"), T("t2"))
print("del tuple")
del t
d = {"a": T("d-a"), "b": T("d-b"), "c": T("d-c")}
print("del dict")
del d
d = {}
d["z"] = T("z")
d["y"] = T("y")
d["x"] = T("x")
del d["y"]
print("deleted key y")
d["z"] = T("z2")
print("replaced z")
d.pop("x")
print("popped x")
d.clear()
print("cleared dict")
l = [T("m0"), T("m1"), T("m2"), T("m3"), T("m4")]
l.pop()
print("popped last")
l.pop(0)
print("popped first")
del l[0]
print("del l[0]")
l[0] = T("m3b")
print("replaced l[0]")
l.append(T("m5"))
l.clear()
print("cleared list")
nested = [[T("n00"), T("n01")], (T("n10"), T("n11")), {"k": T("n2")}]
print("del nested")
del nested
l = [T("s0"), T("s1"), T("s2"), T("s3")]
l[1:3] = []
print("slice deleted")
l = None
print("end")
