text = 'one two three two three three four four four four'
freq = {}
for w in text.split():
    if w in freq:
        freq[w] = freq[w] + 1
    else:
        freq[w] = 1
print(freq)
print(sorted(freq, key=lambda w: freq[w]), sorted(freq.items(), key=lambda kv: -kv[1]))
letters = {}
for ch in 'hello world':
    letters[ch] = letters.get(ch, 0) + 1
print(letters)
index = {}
for i, w in enumerate(text.split()):
    index.setdefault(w, []).append(i)
print(index)
print(len(freq), 'two' in freq, 'five' in freq, freq.get('five', 0))
