# syntax: walrus-less assignment in expression context
if x = 1:
    pass
