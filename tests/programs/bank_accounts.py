# A bank: an account class hierarchy, custom exceptions (chained), a
# transaction context manager that rolls back, an audit decorator,
# properties, class attributes and a report with f-string formatting.


class BankError(Exception):
    """Base of every bank error."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class TransferFailed(BankError):
    pass


audit_log = []


def audited(action):
    def decorate(method):
        def wrapper(self, *args):
            try:
                result = method(self, *args)
            except BankError as e:
                audit_log.append(f"{action:<8} #{self.number} FAILED ({type(e).__name__})")
                raise
            audit_log.append(f"{action:<8} #{self.number} {' '.join(str(a) for a in args)}")
            return result

        wrapper.__name__ = method.__name__
        return wrapper

    return decorate


class Account:
    next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = float(balance)
        self.frozen = False
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value != value:
            raise ValueError("balance is NaN")
        self._balance = round(value, 2)

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    @audited("deposit")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, not {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def available(self):
        return self.balance

    @audited("withdraw")
    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = self.balance * self.rate / 12
        self.balance += interest
        self.history.append(("interest", round(interest, 2)))


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 5.0
            self.balance -= fee
            self.history.append(("fee", fee))


class Transaction:
    """Undo every balance change made inside the `with` block if it fails."""

    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a, a.balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for account, balance, n in self.saved:
                account.balance = balance
                del account.history[n:]
            audit_log.append(f"rollback {exc_type.__name__}")
        return False


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args):
        account = cls(owner, *args)
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        try:
            with Transaction(src, dst):
                src.withdraw(amount)
                dst.deposit(amount)
        except BankError as e:
            raise TransferFailed(f"transfer of {amount} from #{src.number} to #{dst.number} failed") from e

    def month_end(self):
        for account in self.accounts.values():
            account.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        lines = [f"{'No.':>5} | {'Owner':<8} | {'Kind':<9} | {'Balance':>10}"]
        lines.append("-" * len(lines[0]))
        for a in sorted(self.accounts.values(), key=lambda a: (a.kind, -a.balance)):
            lines.append(f"{a.number:>5} | {a.owner:<8} | {a.kind:<9} | {a.balance:>10,.2f}")
        lines.append(f"{'total':>5}   {'':<8}   {'':<9}   {self.total():>10,.2f}")
        return "\n".join(lines)


bank = Bank("First Krait")
alice = bank.open(Savings, "alice", 1500, 0.05)
bob = bank.open(Checking, "bob", 200)
carol = bank.open(Account, "carol")
dave = bank.open(Checking, "dave", 50, 0)

alice.deposit(250)
bob.withdraw(250)
carol.deposit(75.5)
print(alice, bob, carol, dave)

for action in [
    lambda: carol.withdraw(100),
    lambda: carol.deposit(-5),
    lambda: bob.withdraw(1000),
]:
    try:
        action()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| short by", round(e.amount - e.account.available(), 2))
    except (ValueError, BankError) as e:
        print(type(e).__name__ + ":", e)

bank.transfer(alice, carol, 300)
print("after transfer:", alice.balance, carol.balance)
dave.frozen = True
for src, dst, amount in [(bob, dave, 10), (carol, bob, 1000), (alice, bob, 20)]:
    try:
        bank.transfer(src, dst, amount)
        print(f"moved {amount} from {src.owner} to {dst.owner}")
    except TransferFailed as e:
        cause = e.__cause__
        print(f"{e} <- {type(cause).__name__}: {cause}")
print("bob after failed transfer:", bob.balance, bob.history[-2:])

bank.month_end()
print(bank.report())
print("richest:", max(bank.accounts.values()).owner, "poorest:", min(bank.accounts.values()).owner)
print("kinds:", sorted({a.kind for a in bank.accounts.values()}))
for line in audit_log:
    print(" ", line)
counts = {}
for a in bank.accounts.values():
    for kind, amount in a.history:
        counts[kind] = counts.get(kind, 0) + 1
print("history counts:", dict(sorted(counts.items())))
try:
    alice.balance = float("nan")
except ValueError as e:
    print("ValueError:", e)
print(Account.deposit.__name__, Account.next_number, isinstance(bob, Account), issubclass(Savings, Checking))
