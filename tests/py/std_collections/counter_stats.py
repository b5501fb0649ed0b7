# Counter for word frequencies: most_common ordering, arithmetic, update/subtract.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs quick quick away"""
words = Counter(text.split())
print(words.most_common(4))
print(words["the"], words["cat"], len(words), words.total())
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5))
print(sorted(letters.elements())[:12])
a = Counter(red=4, blue=2, green=0)
b = Counter(red=1, blue=5, yellow=3)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+Counter(x=-1, y=2), -Counter(x=-1, y=2))
inv = Counter(apples=5, pears=2)
inv.update({"apples": 3, "kiwis": 1})
inv.subtract(pears=4)
print(inv, inv.most_common()[-1])
inv2 = +inv
print(inv2, "pears" in inv2)
ties = Counter("abcabcab")
print(ties.most_common(), ties.most_common(1))
print(Counter("listen") == Counter("silent"), Counter("abc") == Counter("abd"))
print(sum(Counter("aab").values()), list(Counter("banana")), dict(Counter(["x", "y", "x"])))
print(Counter({"a": 2}) < Counter({"a": 3, "b": 1}), Counter(a=2) <= Counter(a=2))
