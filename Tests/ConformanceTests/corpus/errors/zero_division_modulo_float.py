# errors: uncaught ZeroDivisionError 'float modulo' from % with a float zero
def wrap(angle, period):
    return angle % period
print(wrap(370.0, 360.0))
print(7.5 % 2, -7.5 % 2, 7.5 % -2)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("caught:", e)
print(wrap(-30.0, 360.0), wrap(720.0, 360.0), wrap(5, 3))
try:
    wrap(1, 0)
except ZeroDivisionError as e:
    print("caught:", e)
print(wrap(10.0, 0.0))
