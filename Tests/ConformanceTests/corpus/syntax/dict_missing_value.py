# syntax: dict literal with a missing value
d = {"a": 1, "b": }
