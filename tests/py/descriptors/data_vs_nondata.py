# Data descriptors (with __set__ or __delete__) take precedence over the
# instance __dict__; non-data descriptors (only __get__) are shadowed by it.


class NonData:
    def __get__(self, obj, objtype=None):
        return f"NonData.__get__(obj={type(obj).__name__}, type={objtype.__name__})"


class Data:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_data", "unset")

    def __set__(self, obj, value):
        print("  Data.__set__", value)
        obj.__dict__["_data"] = value


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "DeleteOnly.__get__"

    def __delete__(self, obj):
        print("  DeleteOnly.__delete__")


class C:
    nd = NonData()
    d = Data()
    do = DeleteOnly()


c = C()
print(c.nd)
print(C.nd)
c.__dict__["nd"] = "instance value"
print(c.nd)
c.nd = "assigned"
print(c.nd, vars(c))
del c.nd
print(c.nd)

print(c.d, type(C.d).__name__)
c.d = 42
c.__dict__["d"] = "ignored"
print(c.d, sorted(vars(c)))

print(c.do)
c.__dict__["do"] = "shadow attempt"
print(c.do)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)

C.nd = "plain class attribute"
print(C().nd)
print(Data.__get__(C.d, c, C), NonData().__get__(None, int))
