# errors: uncaught AttributeError "'Account' object has no attribute 'withdraw'"
class Account:
    def __init__(self, balance):
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acct = Account(10)
print(acct.deposit(5))
print(hasattr(acct, "deposit"), hasattr(acct, "withdraw"), getattr(acct, "withdraw", None))
try:
    acct.close()
except AttributeError as e:
    print("caught:", e)
acct.note = "vip"
print(acct.note, sorted(vars(acct)))
print(acct.withdraw(3))
