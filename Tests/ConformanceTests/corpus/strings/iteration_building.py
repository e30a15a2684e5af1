# strings: iterating characters, building strings, immutability, str() conversions
s = "hello"
for i, ch in enumerate(s):
    print(i, ch, end=" | ")
print()
print(list(s), tuple(s), sorted(s), set("aaa") == {"a"})
print(str(123), str(-4.5), str([1, 2]), str((1,)), str({"a": 1}), str(None), str(True))
print(str(), repr(str()), str("already"))
result = ""
for word in ["build", "a", "string"]:
    result += word.capitalize()
print(result)
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print("vowels:", vowels)
print("reversed words:", " ".join(w[::-1] for w in "one two three".split()))
print("palindromes:", [w for w in ["level", "hello", "noon", "a", ""] if w == w[::-1]])
freq = {}
for c in "mississippi":
    freq[c] = freq.get(c, 0) + 1
print(freq)
print(len("tab\t"), len("\\"), len(""), len("日本"))
t = s
s += " world"
print(t, "|", s)
