# Single inheritance: overriding methods, extending via super, class
# attribute shadowing and mutation through subclasses, and name mangling
# keeping private attributes per class.


class Counter:
    step = 1
    shared = []

    def __init__(self):
        self.__count = 0
        self.n = 0

    def incr(self):
        self.n += self.step
        self.__count += 1
        self.shared.append(type(self).__name__)
        return self

    def count(self):
        return self.__count


class Double(Counter):
    step = 2

    def __init__(self):
        super().__init__()
        self.__count = "child private"

    def incr(self):
        super().incr()
        return super().incr()

    def child_count(self):
        return self.__count


c, d = Counter(), Double()
c.incr().incr()
d.incr()
print(c.n, d.n, c.count(), d.count(), d.child_count())
print(sorted(k for k in vars(d)), Counter.shared)
Counter.step = 10
print(c.incr().n, d.incr().n)
Double.shared = ["own"]
d.incr()
print(Counter.shared[-1], Double.shared)
del Double.step
print(Double.step, d.incr().n)


class Quiet(Counter):
    incr = None


try:
    Quiet().incr()
except TypeError as e:
    print(type(e).__name__, e)
print(Double.incr is Counter.incr, Double.count is Counter.count)
print(Double.__qualname__, Double.incr.__qualname__, Double.count.__qualname__)
print([k for k in Double.__dict__ if not k.startswith("__")])
