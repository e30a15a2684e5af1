# control: pass in various places, ellipsis bodies, empty loops doing work in the header
def todo():
    pass
class Marker:
    pass
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(todo(), Marker.__name__)
i = 0
for i in range(5):
    pass
print("i after empty loop:", i)
def ellipsis_body():
    ...
print(ellipsis_body())
items = [1, 2, 3]
it = iter(items)
for last in it:
    pass
print("last:", last)
if not items:
    pass
elif len(items) == 3:
    print("elif after pass")
class WithDoc:
    """Only a docstring."""
print(WithDoc.__doc__)
