# __setattr__ and __delattr__ intercept every assignment and deletion,
# including those in __init__; object.__setattr__ bypasses the hook.


class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")

    def __repr__(self):
        return f"Frozen({vars(self)})"


f = Frozen(a=1, b=2)
print(f, f.a)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    f.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
object.__setattr__(f, "c", 3)
object.__delattr__(f, "a")
print(f)


class Tracked:
    def __init__(self):
        self.log = []
        self.x = 1

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)


t = Tracked()
t.x += 10
t.y = [t.x]
setattr(t, "z", "zz")
del t.y
print(t.log)
print(sorted(vars(t)))
try:
    del t.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(t.log[-1])


class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, got {type(value).__name__}")
        self.__dict__[name] = value * 2


v = Validated()
v.n = 4
print(v.n, v.__dict__)
try:
    v.s = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(v, "s"))
