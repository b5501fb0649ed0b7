# math.floor/ceil/trunc return ints; round-half-even in round(); special values.
import math

for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 1e20, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), type(math.floor(x)).__name__)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234.5678, -2))
print(math.floor(10**30 + 0.0) == 10**30)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)


m = Money(-250)
print(math.floor(m), math.ceil(m), math.trunc(m))
for bad in [float("inf"), float("nan")]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    math.floor("3")
except TypeError as e:
    print("TypeError", e)
print(math.modf(3.25), math.modf(-3.25), math.fmod(7, -3), 7 % -3, math.fmod(-7.5, 2))
print(math.remainder(7, 2), math.remainder(5, 2), math.copysign(3, -0.0), math.fabs(-4))
