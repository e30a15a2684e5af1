# syntax: Python 2 style print statement
print "hello"
