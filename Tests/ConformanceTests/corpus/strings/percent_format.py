# strings: printf-style % formatting
print("%s and %s" % ("this", "that"))
print("%d items, %5d|, %-5d|, %05d, %+d" % (3, 42, 42, 42, 7))
print("%i %u" % (-3, 4))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%f %.2f %8.3f %-8.1f| %e %g" % (1.5, 2.345, 3.14159, 2.0, 12345.678, 0.00001234))
print("%c%c%c" % (72, "i", 33))
print("%r %s" % ("quoted", "plain"))
print("%r" % ([1, "a"],), "%s" % ([1, "a"],))
print("%%d is literal, 100%%" % ())
print("%(name)s is %(age)d" % {"name": "Bob", "age": 42})
print("%s" % (1,), "%s" % 5, "%s" % None, "%s" % ((1, 2),))
print("%*d|%-*d|" % (6, 42, 6, 42))
print("%.*f" % (3, 3.14159))
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%d" % 3.99, "%d" % True, "%s" % True, "%.0f" % 2.5, "%.0f" % 3.5)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
print("%5.1f%%" % 12.345, "%x" % -255, "%e" % 0)
