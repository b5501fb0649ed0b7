# defaultdict with list/int/set/lambda factories, nesting, and __missing__.
from collections import defaultdict

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry apricot".split():
    groups[word[0]].append(word)
print(dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["z"], "z" in counts, len(counts))
tags = defaultdict(set)
tags["a"].add(1)
tags["a"].add(1)
tags["b"].add(2)
print({k: sorted(v) for k, v in tags.items()})
d = defaultdict(lambda: "n/a")
print(d["x"], dict(d))


def tree():
    return defaultdict(tree)


t = tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
print({k: {k2: (dict(v2) if isinstance(v2, dict) else v2) for k2, v2 in v.items()} for k, v in t.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(plain.default_factory, groups.default_factory, repr(defaultdict(int, {"a": 1})))
print(counts.get("q"), "q" in counts)
copy = counts.copy()
print(type(copy).__name__, copy.default_factory is int, copy == counts)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)


class Registry(dict):
    def __missing__(self, key):
        value = self[key] = key.upper()
        return value


r = Registry()
print(r["abc"], r, r.get("zzz"), len(r))
