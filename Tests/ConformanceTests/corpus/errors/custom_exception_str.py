# errors: uncaught custom exception with __str__ override
class ParseError(Exception):
    def __init__(self, line, col):
        super().__init__(line, col)
        self.line = line
        self.col = col
    def __str__(self):
        return f"unexpected token at {self.line}:{self.col}"
def parse(src):
    for lineno, text in enumerate(src.splitlines(), 1):
        if "?" in text:
            raise ParseError(lineno, text.index("?") + 1)
        print("ok line", lineno)
try:
    parse("ok\n?")
except ParseError as e:
    print("caught:", e, "| args:", e.args)
parse("a = 1\nb = 2\nc = ?")
