# modules: string constants and capwords; building simple ciphers and checks with them
import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable), string.printable[:20])
print(string.capwords("hello   wide world"), string.capwords("a-b c", "-"))
def is_identifier_like(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)
print([is_identifier_like(s) for s in ["abc", "_x1", "1abc", "", "a-b"]])
shift = 13
table = {c: string.ascii_lowercase[(i + shift) % 26] for i, c in enumerate(string.ascii_lowercase)}
print("".join(table.get(c, c) for c in "hello, world"))
print(sum(c in string.punctuation for c in "Hi! How's it going?"))
print(all(c in string.hexdigits for c in "DeadBeef"), any(c in string.digits for c in "abc"))
