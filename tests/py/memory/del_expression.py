# Temporaries die at the end of the expression statement (or when the
# instruction consuming them is done).
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def method(self):
        print("method of", self.name)
        return self.name


T("bare")
print("after bare")
T("called").method()
print("after method call")
n = len([T("in list display"), T("second")])
print("len was", n)
print("printing", T("argument").name)
print("after print")
s = T("concat").name + "!"
print(s)


def make(name):
    return T(name)


make("discarded result")
print("after discarded result")
v = make("kept").name
print("kept name", v)
x = [make("c1"), make("c2")][0].name
print("x", x)
print([T(str(i)).name for i in range(3)])
print("after comprehension")
cond = T("cond") if True else None
cond = None
print("end")
