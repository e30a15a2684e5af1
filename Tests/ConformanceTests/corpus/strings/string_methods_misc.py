# strings: misc methods: count/endswith chains, str.join on generators, split+strip pipelines
csv_line = " 10, 20 ,30 ,  40 "
nums = [int(x.strip()) for x in csv_line.split(",")]
print(nums, sum(nums))
sentence = "The rain in Spain stays mainly in the plain"
print(sentence.lower().count("ain"), sentence.count("ain"), len(sentence.split()))
print(sorted(sentence.lower().split(), key=lambda w: (len(w), w)))
print(" ".join(w.capitalize() for w in sentence.split()))
print(sentence.replace(" ", "_").lower()[:20])
print("-".join(sentence.split()[::2]))
print(max(sentence.split(), key=len), min(sentence.split(), key=len))
print(sentence[::-1].split()[0][::-1])
path = "/usr/local/lib/python3.11/site.py"
print(path.split("/"), path.rsplit("/", 1)[1], path.rpartition(".")[2])
print("{:-^30}".format(" centered "))
s = "a1b2c3"
print("".join(c for c in s if c.isdigit()), "".join(c for c in s if c.isalpha()))
print("".join(sorted("hello")), "".join(sorted("hello", reverse=True)))
print(str.upper("x"), str.join("+", ["1", "2"]), str.split("a b"))
print(list(map(str.strip, [" a ", "b  "])))
