# Truth testing: __bool__ takes precedence over __len__, __len__ is used
# when __bool__ is absent, objects with neither are true, and wrong return
# types or negative lengths raise.


class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__")
        return self.v


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__")
        return self.n


class Both(WithLen):
    def __bool__(self):
        return True


print(bool(WithBool(False)), bool(WithBool(True)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(3)))
print(bool(Both(0)))
print(bool(object()))
print("yes" if WithLen(2) else "no")
print(not WithBool(True))
print(WithLen(0) or "fallback")
print(WithBool(True) and "second")
x = [v for v in (WithLen(0), WithLen(1)) if v]
print(len(x))
n = 0
while WithLen(3 - n):
    n += 1
print("loops", n)

for bad in (WithBool(1), WithBool("s"), WithLen(-1), WithLen("3"), WithLen(2**70)):
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(WithLen(-5))
except ValueError as e:
    print(type(e).__name__, e)


class Big:
    def __len__(self):
        return True


print(len(Big()), bool(Big()))
class NoneBool:
    __bool__ = None


try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
