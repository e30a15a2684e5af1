# syntax: unterminated string literal with single quotes
greeting = 'hello
