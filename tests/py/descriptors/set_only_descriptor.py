# A descriptor with __set__ but no __get__ is still a data descriptor:
# assignment goes through __set__, and reads return the instance __dict__
# value if present, else the descriptor object itself.


class WriteLog:
    def __init__(self):
        self.log = []

    def __set_name__(self, owner, name):
        self.name = name

    def __set__(self, obj, value):
        self.log.append(value)
        if value != "skip":
            obj.__dict__[self.name] = value

    def __repr__(self):
        return f"<WriteLog {self.name} {self.log}>"


class Form:
    field = WriteLog()


f = Form()
print(f.field, Form.field)
f.field = "first"
print(f.field)
f.field = "skip"
print(f.field, Form.field)
f.__dict__.clear()
print(f.field)
try:
    del f.field
except AttributeError as e:
    print(type(e).__name__, e)


class GetOnlyDeleter:
    def __delete__(self, obj):
        print("  __delete__ called")


class Form2:
    x = GetOnlyDeleter()


g = Form2()
print(type(g.x).__name__)
try:
    g.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
del g.x
g.__dict__["x"] = "in dict"
print(g.x)
