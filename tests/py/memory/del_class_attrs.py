# Class attributes live as long as the class: a class is always in a
# reference cycle (its __mro__ holds it), so it goes at a collection,
# here teardown's.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Config:
    default = T("Config.default")
    items = [T("Config.items0"), T("Config.items1")]


def local_class():
    class Local:
        attr = T("Local.attr")

    return Local.attr.name


print(local_class())
print("Config has", Config.default.name)
Config.default = T("Config.default2")
print("rebound class attribute")
del Config.items
print("deleted class attribute")
print("end")
