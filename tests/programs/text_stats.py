# Text statistics over an embedded passage: sentence and word splitting
# by hand, frequency tables (dict and collections.Counter), n-grams with
# generators, a histogram, readability numbers, word wrapping, and a
# concordance (keyword in context).
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything before
us, we had nothing before us; we were all going direct to Heaven, we were all
going direct the other way! In short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received,
for good or for evil, in the superlative degree of comparison only. Was it?
There were a king with a large jaw and a queen with a plain face, on the throne
of England; there were a king with a large jaw and a queen with a fair face, on
the throne of France."""

STOP = {"the", "of", "it", "was", "a", "we", "with", "on", "and", "in", "to", "or", "for", "that", "its", "so", "were", "had", "all"}


def sentences(text):
    start = 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] in " \n"):
            s = " ".join(text[start : i + 1].split())
            if s:
                yield s
            start = i + 1


def words(text):
    word = []
    for ch in text:
        if ch.isalpha() or (ch == "'" and word):
            word.append(ch.lower())
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def ngrams(seq, n):
    window = []
    for item in seq:
        window.append(item)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        is_v = ch in vowels
        if is_v and not prev:
            count += 1
        prev = is_v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)


def wrap(text, width):
    line, out = [], []
    for w in text.split():
        if line and len(" ".join(line + [w])) > width:
            out.append(" ".join(line))
            line = []
        line.append(w)
    if line:
        out.append(" ".join(line))
    return out


all_words = list(words(TEXT))
sents = list(sentences(TEXT))
print(f"{len(TEXT)} characters, {len(TEXT.splitlines())} lines, {len(all_words)} words, {len(sents)} sentences")
print(f"distinct words: {len(set(all_words))}, longest: {max(all_words, key=lambda w: (len(w), w))}")
for i, s in enumerate(sents, 1):
    print(f"  {i}. ({len(s.split()):>2} words) {s[:50]}{'...' if len(s) > 50 else ''}")

freq = {}
for w in all_words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top words:", top)
content = Counter(w for w in all_words if w not in STOP)
print("top content words:", sorted(content.most_common(6), key=lambda kv: (-kv[1], kv[0])))
print("counter total", sum(content.values()), "== manual", sum(v for k, v in freq.items() if k not in STOP))

bigrams = Counter(ngrams(all_words, 2))
print("top bigrams:", [" ".join(b) + f"={c}" for b, c in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])
tri = [g for g in ngrams(all_words, 3) if g[0] == "it" and g[1] == "was"]
print("it was ...:", sorted({g[2] for g in tri}))

lengths = Counter(len(w) for w in all_words)
print("word length histogram:")
for n in range(1, max(lengths) + 1):
    bar = "#" * lengths.get(n, 0)
    print(f"  {n:>2} | {bar:<40} {lengths.get(n, 0)}")

letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
total_letters = sum(letters.values())
print("letters:", " ".join(f"{ch}:{n / total_letters:.1%}" for ch, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]))
vowel_share = sum(letters[v] for v in "aeiou") / total_letters
print(f"vowels {vowel_share:.3f}, consonants {1 - vowel_share:.3f}")

syl = sum(syllables(w) for w in all_words)
wps = len(all_words) / len(sents)
spw = syl / len(all_words)
flesch = 206.835 - 1.015 * wps - 84.6 * spw
print(f"syllables {syl}, words/sentence {wps:.2f}, syllables/word {spw:.2f}, Flesch {flesch:.1f}")
print([(w, syllables(w)) for w in ["times", "foolishness", "incredulity", "superlative", "queen", "age"]])

print("wrapped to 36:")
for line in wrap(sents[2], 36):
    print(f"  |{line:<36}|")
print("centered:")
for line in wrap(sents[-1], 30):
    print(f"  [{line:^30}]")


def concordance(word, width=18):
    tokens = TEXT.split()
    for i, tok in enumerate(tokens):
        if "".join(ch for ch in tok.lower() if ch.isalpha()) == word:
            left = " ".join(tokens[max(0, i - 4) : i])[-width:]
            right = " ".join(tokens[i + 1 : i + 5])[:width]
            yield f"{left:>{width}} [{tok}] {right}"


for line in concordance("season"):
    print(" ", line)
for line in concordance("king"):
    print(" ", line)
caps = sorted({w.strip(".,;!?") for w in TEXT.split() if w[0].isupper()})
print("capitalised:", caps)
print("palindromes:", sorted({w for w in all_words if len(w) > 1 and w == w[::-1]}))
print("acronym:", "".join(w[0] for w in sents[0].split()).upper())
