# collections.defaultdict, OrderedDict and ChainMap.
from collections import ChainMap, OrderedDict, defaultdict

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dd.default_factory, len(dd), "zz" in dd, dd.get("zz"))
print(dd["zz"], dd)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(set, a={1}), defaultdict(lambda: "x")["q"])
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"], dict(nested["x"]))
cp = dd.copy()
cp["c"].append(9)
print(type(cp).__name__, cp.default_factory, sorted(cp), sorted(dd))
print(dd | {"q": [0]}, type(dd | {"q": [0]}).__name__, {"p": 1} | defaultdict(int, a=2))
nf = defaultdict()
try:
    nf["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)
nf.default_factory = int
print(nf["now"], nf, isinstance(nf, dict))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), OrderedDict(), OrderedDict(x=1))
od.move_to_end("b")
print(list(od.keys()))
od.move_to_end("c", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1}, o1 != o2, list(reversed(o1)))
print(OrderedDict.fromkeys("xy", 0), type(o1.copy()).__name__, o1 | {"c": 3}, o1.get("a"), len(o1))

base = {"colour": "red", "size": 1}
over = {"colour": "blue"}
cm = ChainMap(over, base)
print(cm["colour"], cm["size"], len(cm), sorted(cm), list(cm), "size" in cm, cm.get("nope", 0))
print(cm, ChainMap(), cm.maps, cm.parents, cm.new_child({"x": 1}))
cm["size"] = 2
print(over, base, cm["size"])
del cm["colour"]
print(cm["colour"], over)
try:
    del cm["colour"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["absent"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap().popitem()
except KeyError as e:
    print("KeyError", e)
print(sorted(cm.items()), sorted(cm.keys()), sorted(map(str, cm.values())), bool(ChainMap({})), bool(cm))
child = cm.new_child()
child["tmp"] = 1
print(child, child.parents == cm, dict(child) if False else sorted(child))
