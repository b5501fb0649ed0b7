# property with getter/setter/deleter, functools.cached_property and read-only attributes.
from functools import cached_property


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.log = []

    @property
    def balance(self):
        self.log.append("get")
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError("balance must be a number")
        self.log.append(f"set {value}")
        self._balance = value

    @balance.deleter
    def balance(self):
        self.log.append("del")
        self._balance = 0

    @property
    def owner_upper(self):
        return self.owner.upper()


a = Account("ann", 10)
a.balance += 5
print(a.balance, a.log)
del a.balance
print(a.balance, a.log[-2:])
try:
    a.balance = "lots"
except TypeError as e:
    print("TypeError:", e)
try:
    a.owner_upper = "X"
except AttributeError as e:
    print("AttributeError:", e)
print(type(Account.balance).__name__, Account.balance.fget.__name__, Account.owner_upper.fset)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def stats(self):
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "max": max(self.values)}


d = Dataset([4, 8, 15, 16, 23, 42])
print(d.stats, d.computations)
print(d.stats["mean"], d.computations)
print("stats" in d.__dict__)
del d.stats
d.values.append(100)
print(d.stats, d.computations)
d.stats = "overridden"
print(d.stats, d.computations)
print(type(Dataset.stats).__name__, Dataset.stats.attrname)


class Temperature:
    def __init__(self):
        self._c = 0.0

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="degrees F")


t = Temperature()
t.fahrenheit = 212
print(t._c, t.fahrenheit, Temperature.fahrenheit.__doc__)
