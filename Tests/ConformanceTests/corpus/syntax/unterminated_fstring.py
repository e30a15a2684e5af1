# syntax: unterminated string literal in an f-string
name = "x"
msg = f"hello {name}
