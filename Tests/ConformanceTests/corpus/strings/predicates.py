# strings: isdigit/isalpha/isalnum/isspace/isupper/islower/istitle/isnumeric/isdecimal/isidentifier
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "a b", "12.5", "-1", "Hello World",
           "hello World", "_var", "2var", "ÀÉ", "x1_", "ABC1", "abc!", "½"]
print("sample | digit alpha alnum space upper lower title numeric decimal ident")
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
             s.istitle(), s.isnumeric(), s.isdecimal(), s.isidentifier()]
    print(repr(s).ljust(14), " ".join("T" if f else "." for f in flags))
print("isascii:", "abc".isascii(), "é".isascii(), "".isascii())
print("isprintable:", "abc".isprintable(), "a\nb".isprintable(), "".isprintable())
def classify(s):
    if s.isdigit():
        return "number"
    if s.isalpha():
        return "word"
    if s.isspace():
        return "blank"
    if s.isalnum():
        return "mixed"
    return "other"
print([classify(t) for t in ["42", "abc", "  ", "a1", "a-1", ""]])
print("-5".lstrip("-").isdigit(), "3.14".replace(".", "", 1).isdigit())
