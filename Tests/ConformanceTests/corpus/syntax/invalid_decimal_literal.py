# syntax: invalid decimal literal (digit followed by a name)
count = 3items
