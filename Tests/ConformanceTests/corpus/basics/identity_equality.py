# basics: is vs ==, None comparisons, identity of containers
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print("a == c:", a == c)
print("a is c:", a is c)
print("a is b:", a is b)
print("a is not c:", a is not c)
x = None
print("x is None:", x is None)
print("x == None:", x == None)
print("None is None:", None is None)
print("True is True:", True is True)
b.append(4)
print("a after b.append:", a)
d1 = {"k": [1]}
d2 = d1.copy()
d2["k"].append(2)
print("shallow copy shares:", d1)
print("[] == []:", [] == [])
print("() == ():", () == ())
print("1 == 1.0:", 1 == 1.0)
print("1 is 1:", 1 == 1)
print("'a' == 'a':", 'a' == 'a')
print("[1, 2] == (1, 2):", [1, 2] == (1, 2))
print("{1: 2} == {1: 2.0}:", {1: 2} == {1: 2.0})
print("nan == nan:", float('nan') == float('nan'))
nan = float('nan')
print("[nan] == [nan] (same object):", [nan] == [nan])
print("0 == False == 0.0:", 0 == False == 0.0)
print("type(1) == type(1.0):", type(1) == type(1.0))
print("None != 0:", None != 0)
