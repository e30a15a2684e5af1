# syntax: closing parenthesis does not match opening bracket
values = [1, 2, 3)
