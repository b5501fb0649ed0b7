import json

data = {"name": "krait", "n": 3, "f": 1.5, "big": 10**25, "neg": -7, "t": True, "f2": False, "none": None,
        "list": [1, 2.0, "three", [4, [5]]], "tuple": (1, 2), "empty": {}, "el": [], "nested": {"a": {"b": {"c": [None]}}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent="--"))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, {"a": 2}], separators=(" ,", " : "), indent=1))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
for v in [0.1, 1e16, 1e-7, 123456789.123, -0.0, 3.0, 1e300 * 10, -1e300 * 10, float("nan"), 2**64, -2**63, True, None, "s", 17]:
    print(json.dumps(v), json.dumps([v]), json.dumps({"k": v}))
print(json.dumps("h\u00e9llo \u20ac \U0001F600 \x00\x1f\x7f \" \\ / \n\r\t\b\f"))
print(json.dumps("h\u00e9llo \u20ac \U0001F600 \x00\x1f\x7f \" \\ / \n\r\t\b\f", ensure_ascii=False))
print(json.dumps({"\u00e9": "\u00e9"}), json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", -3: "f"}))
print(json.dumps({float("inf"): 1, float("nan"): 2}))
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps({2: "a", 1: "b"}, sort_keys=True))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps({"a": object}), lambda: json.dumps({(1,): 2}),
            lambda: json.dumps(float("inf"), allow_nan=False), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps({float("nan"): 1}, allow_nan=False), lambda: json.dumps({1: 2, "a": 3}, sort_keys=True),
            lambda: json.dumps(b"bytes"), lambda: json.dumps(1j)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(d, check_circular=False)
except RecursionError as e:
    print("RecursionError")
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("nope " + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=enc, indent=2))
try:
    json.dumps(1j, default=enc)
except TypeError as e:
    print("TypeError", e)


def loop(o):
    return [o]


try:
    json.dumps(Point(1, 2), default=loop)
except ValueError as e:
    print("ValueError", e)


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"c": 1 + 2j}, cls=MyEncoder))
print(MyEncoder(indent=1).encode([1j]))
try:
    json.dumps(Point(1, 2), cls=MyEncoder)
except TypeError as e:
    print("TypeError", e)
print(json.JSONEncoder(sort_keys=True).encode({"b": [], "a": "x"}), json.JSONEncoder().encode("\u2603"))
print("".join(json.JSONEncoder().iterencode({"k": [1, 2]})))
for doc in [data, [1, "two", 3.5, None, True], {"u": "\u00e9\U0001F600"}, "plain", 0, [[[]]], {"a": {}}]:
    s = json.dumps(doc)
    back = json.loads(s)
    print(back == json.loads(json.dumps(back)), json.dumps(back) == s)
print(json.loads(json.dumps("\U0001F600 \u20ac")))
