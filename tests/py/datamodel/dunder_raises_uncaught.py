# An exception raised inside a dunder called implicitly by an operator
# propagates with the dunder's frame in the traceback; the last one is
# left uncaught.


class Celsius:
    def __init__(self, deg):
        if deg < -273.15:
            raise ValueError(f"{deg} below absolute zero")
        self.deg = deg

    def __add__(self, other):
        return Celsius(self.deg + other)

    def __lt__(self, other):
        return self.deg < other.deg

    def __repr__(self):
        return f"{self.deg}C"


t = Celsius(20)
print(t + 5, sorted([Celsius(3), t, Celsius(-10)]))
try:
    t + (-400)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t < 3
except AttributeError as e:
    print(type(e).__name__, e)
readings = [Celsius(1), Celsius(2)]
total = readings[0]
for r in readings[1:]:
    total = total + r.deg
print(total)
total = total + -500
print("not reached")
