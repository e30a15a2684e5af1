# errors: uncaught custom exception with a message: last line is 'InsufficientFunds: need 50, have 20'
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount}, have {balance}")
    return balance - amount
balance = 100
try:
    withdraw(5, 10)
except BankError as e:
    print("caught as base class:", type(e).__name__, e)
for amount in (30, 50, 50):
    balance = withdraw(balance, amount)
    print("balance:", balance)
