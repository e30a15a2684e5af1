# files: counting words/lines/chars, longest line, reading in chunks, enumerate with start
text = """The quick brown fox
jumps over the lazy dog
and then naps

The end"""
with open("story.txt", "w") as f:
    f.write(text)
lines = words = chars = 0
longest = ""
with open("story.txt") as f:
    for line in f:
        lines += 1
        words += len(line.split())
        chars += len(line)
        if len(line.rstrip("\n")) > len(longest):
            longest = line.rstrip("\n")
print(lines, words, chars, repr(longest))
chunks = []
with open("story.txt") as f:
    while True:
        chunk = f.read(16)
        if not chunk:
            break
        chunks.append(chunk)
print(len(chunks), [len(c) for c in chunks], "".join(chunks) == text)
with open("story.txt") as f:
    numbered = [f"{n:>3}: {line.rstrip()}" for n, line in enumerate(f, start=1)]
print("\n".join(numbered))
with open("story.txt") as f:
    freq = {}
    for word in f.read().lower().split():
        freq[word] = freq.get(word, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
