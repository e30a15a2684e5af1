# strings: upper/lower/title/capitalize/swapcase/casefold
words = ["hello world", "HELLO WORLD", "hELLO wORLD", "they're bill's", "3rd place", "o'neil mc-donald",
         "ALL_CAPS_snake", "", "a", "123abc def"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())
print("ß".casefold(), "ΣΑΣ".casefold(), "HeLLo".casefold() == "hello")
print("abc".upper().lower().title())
print("mIxEd".capitalize(), "  lead".capitalize(), "1abc".capitalize())
print("title after digits/apostrophes:", "x1y2 z's".title(), "hello-world foo_bar".title())
print("upper of mixed:", "Ünïcode 123 ok".upper(), "lower keeps digits:", "ABC123XYZ".lower())
for w in ["python", "PYTHON", "Python", "pYTHON"]:
    print(w, w.isupper(), w.islower(), w.istitle(), w == w.upper(), w.swapcase().swapcase() == w)
names = ["alice SMITH", "BOB jones", "carol de la cruz"]
print([n.title() for n in names])
print(sorted(names, key=str.casefold))
print("".upper() == "", "x".lower().upper())
