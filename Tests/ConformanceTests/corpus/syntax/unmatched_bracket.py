# syntax: unmatched ']'
items = [1, 2, 3]]
