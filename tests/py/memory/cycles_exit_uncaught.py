# An uncaught exception: the traceback is printed, then the module's
# objects are finalized as at a normal exit.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A("a-global")
c = A("cyc1")
c.me = c
_u = A("underscore")
lst = [A("inlist1"), A("inlist2")]


def fail():
    local = A("fail.local")
    raise ValueError("boom")


print("end")
fail()
