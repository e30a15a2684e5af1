# syntax: def without parentheses
def broken:
    pass
