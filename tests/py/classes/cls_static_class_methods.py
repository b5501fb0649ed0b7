class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(d):
        return d > -273.15
    @property
    def kelvin(self):
        return self.deg + 273.15
    @kelvin.setter
    def kelvin(self, k):
        self.deg = k - 273.15
t = Temp.from_f(212)
print(t.deg, Temp.valid(-300), t.valid(0), t.kelvin, type(t).__name__)
t.kelvin = 300
print(round(t.deg, 2), Temp.scale)
class Sub(Temp):
    scale = 'X'
s = Sub.from_f(32)
print(type(s).__name__, s.deg, s.scale)
try:
    t.kelvin = 'x'
except TypeError as e:
    print(type(e).__name__, e)
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print(type(e).__name__, e)
