# syntax: lambda with a statement body
f = lambda x: return x
