# __del__ runs when the last reference goes: del, rebinding, aliases.
class T:
    def __init__(self, name):
        self.name = name
        print("make", name)

    def __del__(self):
        print("del", self.name)


a = T("a")
print("before del a")
del a
print("after del a")
b = T("b")
c = b
del b
print("alias c still holds b")
c = None
print("after c = None")
x = T("x1")
x = T("x2")
print("after rebinding x")
x = 5
print("after x = 5")
y = z = T("yz")
y = 1
print("y rebound")
z = 2
print("z rebound")
for i in range(3):
    loopvar = T("loop" + str(i))
    print("iteration", i)
print("loop done")
del loopvar
pair = [T("p0"), T("p1")]
first, second = pair
del pair
print("unpacked")
del first
print("first gone")
second = None
print("end")
