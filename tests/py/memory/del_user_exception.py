# Instances of user exception classes with __del__.
class MyError(Exception):
    def __del__(self):
        print("del MyError", self.args)


try:
    raise MyError("first")
except MyError as e:
    print("caught", e)
print("after first")
e2 = MyError("second")
print("made second")
e2 = None
print("after second")


def raiser():
    raise MyError("third")


try:
    raiser()
except MyError:
    print("caught third")
print("end")
