# fstrings: !r, !s, !a conversions combined with specs
s = "héllo\n"
print(f"{s!r}", f"{s!s}", f"{s!a}")
print(f"[{'ab'!r:>8}] [{'ab'!s:>8}] [{'é'!a:^10}]")
print(f"{[1, 'a']!r} {[1, 'a']!s} {('é',)!a}")
print(f"{None!r} {3!r} {2.5!r} {True!a}")
class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"
t = Thing()
print(f"{t} {t!s} {t!r} {t!a}")
print(f"[{t!r:*^12}]")
print("{!r:>10}|{!s:<10}|".format(t, t))
d = {"k": "v"}
print(f"{d['k']!r} {d!r}")
print(f"{chr(34)!r} {chr(39)!r}")
