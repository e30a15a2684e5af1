# syntax: using a keyword as a variable name
class = "first"
