class BankAccount:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance = self.balance + amount
        self.history.append(('dep', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds')
        self.balance = self.balance - amount
        self.history.append(('wd', amount))
acct = BankAccount('ann')
acct.deposit(100)
acct.withdraw(30)
try:
    acct.withdraw(500)
except ValueError as e:
    print('error:', e)
try:
    acct.deposit(-1)
except ValueError as e:
    print('error:', e)
print(acct.owner, acct.balance, acct.history)
other = BankAccount('bob')
print(other.history, acct.history is other.history)
