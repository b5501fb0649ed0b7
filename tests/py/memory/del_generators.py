# A generator's variables are released when it finishes or is dropped.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(n):
    tag = T("gen" + str(n))
    for i in range(2):
        yield i
    print("gen", n, "finishing")


for x in gen(1):
    print("got", x)
print("after loop")
g = gen(2)
print(next(g))
del g
print("after dropping suspended generator")
print(list(gen(3)))
print(sum(T(str(i)).name == str(i) for i in range(3)))
print("end")
