# syntax: assignment to a literal in a condition -> "cannot assign to literal here. Maybe you meant '==' instead of '='?"
x = 5
if 5 = x:
    print("five")
