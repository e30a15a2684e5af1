# syntax: class with no indented body
class Empty:
x = 1
