# SystemExit: finalizers still run at exit.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A("a")
b = A("b")
b.self = b
holder = {"x": A("x"), "y": [A("y0"), A("y1")]}
print("exiting")
raise SystemExit(3)
