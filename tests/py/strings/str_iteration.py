text = 'the quick brown fox jumps over the lazy dog'
counts = {}
for ch in text:
    if ch != ' ':
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
words = text.split()
print(words, len(words))
print([w[::-1] for w in words])
print(' '.join(w.capitalize() for w in words))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(max(words, key=len), min(words))
vowels = sum(1 for c in text if c in 'aeiou')
print(vowels)
print(''.join(c for c in text if c not in 'aeiou '))
print(set(text) >= set('abcdefghijklmnopqrstuvwxyz'))
for i, w in enumerate(words[:3]):
    print(i, w, w.upper(), w[0], w[-1])
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in text)
print(caesar)
print(list(zip('abc', 'xyz')), list(map(str.upper, 'abc')))
print(list(reversed('abc')), 'abc'[::-1] == ''.join(reversed('abc')))
