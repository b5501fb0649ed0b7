# An exception in __del__ is reported ("Exception ignored in") and the
# program goes on.
class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        raise ValueError("failing in " + self.name)


b = Bad("one")
del b
print("after del one")


def f():
    local = Bad("local")
    return 3


print("f returned", f())


class Worse:
    def __del__(self):
        {}["missing"]


Worse()
print("after Worse")
print("end")
