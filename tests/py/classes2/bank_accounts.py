# Account hierarchy: class attributes vs instance attributes, super() overrides, __str__ and class-level counters.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class Account:
    interest_rate = 0.01
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.transactions = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.transactions.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.transactions.append(("wd", amount))
        return self

    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance += gained
        return gained

    def __str__(self):
        return f"{type(self).__name__}#{self.id}[{self.owner}: {self.balance:.2f}]"


class Savings(Account):
    interest_rate = 0.03
    max_withdrawals = 2

    def withdraw(self, amount):
        if sum(1 for t in self.transactions if t[0] == "wd") >= self.max_withdrawals:
            raise PermissionError(f"withdrawal limit reached for {self.owner}")
        return super().withdraw(amount)


class Overdraft(Account):
    def __init__(self, owner, balance=0.0, limit=100.0):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.transactions.append(("wd", amount))
        return self


accts = [Account("ann", 50), Savings("bob", 200), Overdraft("cy", 20, limit=50)]
for a in accts:
    print(a, a.interest_rate)
accts[0].deposit(25).withdraw(10)
for amount in (30, 40, 10):
    try:
        accts[1].withdraw(amount)
        print("bob withdrew", amount, accts[1])
    except PermissionError as e:
        print("PermissionError:", e)
for amount in (60, 20):
    try:
        accts[2].withdraw(amount)
        print("cy withdrew", amount, accts[2])
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "shortfall", e.shortfall)
print([a.add_interest() for a in accts], [str(a) for a in accts])
Account.interest_rate = 0.02
print([a.interest_rate for a in accts], Savings.interest_rate, "interest_rate" in vars(accts[0]))
accts[0].interest_rate = 0.5
print(accts[0].interest_rate, Account.interest_rate, accts[0].transactions)
try:
    accts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(Account._next_id, [a.id for a in accts], isinstance(accts[2], Account), type(accts[1]).__mro__[1].__name__)
