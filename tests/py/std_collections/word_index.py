# Building a word index with defaultdict, Counter and namedtuple together.
from collections import Counter, defaultdict, namedtuple

Hit = namedtuple("Hit", "line col")
text = """the cat sat on the mat
the dog sat on the log
a cat and a dog met"""
index = defaultdict(list)
freq = Counter()
for ln, line in enumerate(text.splitlines(), 1):
    col = 0
    for word in line.split():
        col = line.index(word, col)
        index[word].append(Hit(ln, col))
        freq[word] += 1
        col += len(word)
print(index["the"])
print(index["cat"], index["dog"][1].line, index["met"][0]._asdict())
print(freq.most_common(4))
print(sorted(w for w, hits in index.items() if len({h.line for h in hits}) > 1))
by_line = defaultdict(Counter)
for word, hits in index.items():
    for h in hits:
        by_line[h.line][word] += 1
print({ln: c.most_common(1) for ln, c in sorted(by_line.items())})
print(sum(freq.values()), len(freq), freq["zebra"], +freq - Counter(the=4, a=1))
