# property with getter, setter and deleter written with decorators and with
# property(fget, fset, fdel, doc); read-only and write-only errors; the
# property object on the class and its fget/fset/fdel/__doc__.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        """Current balance in cents."""
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("  closing account of", self.owner)
        self._balance = None

    @property
    def label(self):
        return f"{self.owner}: {self._balance}"

    def _set_pin(self, pin):
        self._pin = pin

    pin = property(None, _set_pin, None, "write-only pin")


acc = Account("ann", 100)
acc.balance += 50
print(acc.balance, acc.label)
try:
    acc.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    acc.label = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del acc.label
except AttributeError as e:
    print(type(e).__name__, e)
acc.pin = 1234
print(acc._pin)
try:
    acc.pin
except AttributeError as e:
    print(type(e).__name__, e)
del acc.balance
print(acc.balance, "_balance" in vars(acc))

prop = Account.__dict__["balance"]
print(type(prop).__name__, prop.__doc__, Account.pin.__doc__)
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__, Account.label.fset)
print(Account.balance is prop, prop.__get__(None, Account) is prop, prop.__get__(acc))
acc.__dict__["balance"] = "shadow?"
print(acc.balance)
acc.__dict__["label"] = "shadow?"
print(acc.label)
