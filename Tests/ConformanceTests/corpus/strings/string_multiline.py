# strings: triple-quoted strings, dedent by hand, line handling
poem = """Roses are red,
  Violets are blue,
	Tabs are here,
And so are you."""
for n, line in enumerate(poem.splitlines(), 1):
    print(f"{n:2}: {line!r}")
print(len(poem), poem.count("\n"))
sql = ("SELECT *"
       " FROM t"
       " WHERE x > 1")
print(sql)
block = """
first
second
"""
print(repr(block), block.strip().split("\n"))
print("""She said "hi" and 'bye'""")
print('''triple ''single'' quotes''')
def doc():
    """Docstring line one.

    More detail here.
    """
print(repr(doc.__doc__))
print(doc.__doc__.splitlines()[0])
