# dicts: counting, histograms, word frequency, top-k with ties by first appearance
text = "it was the best of times it was the worst of times"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: -kv[1])
print(top[:4])
hist = {}
for n in [1, 3, 2, 3, 3, 1, 5]:
    hist[n] = hist.get(n, 0) + 1
for k in sorted(hist):
    print(f"{k}: {'*' * hist[k]}")
letters = {}
for ch in "hello world":
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(letters)
print(max(letters, key=letters.get), sorted(letters, key=lambda c: (-letters[c], c))[:3])
pairs = [("x", 1), ("y", 2), ("x", 3), ("z", 4), ("y", 5)]
sums = {}
for k, v in pairs:
    sums[k] = sums.get(k, 0) + v
print(sums)
index = {}
for pos, w in enumerate(text.split()):
    index.setdefault(w, []).append(pos)
print(index["times"], index["it"], len(index))
