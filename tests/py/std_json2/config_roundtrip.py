# json config handling: nested dumps with indent/sort_keys/separators, loads, defaults and errors.
import json

config = {
    "service": "billing",
    "version": 3,
    "enabled": True,
    "ratio": 0.25,
    "owner": None,
    "ports": [8080, 8443],
    "limits": {"cpu": "500m", "memory": {"soft": 256, "hard": 512}},
    "tags": ["a", "ü", "日本"],
}
print(json.dumps(config))
print(json.dumps(config, sort_keys=True, indent=2))
print(json.dumps(config["limits"], separators=(",", ":")))
print(json.dumps(config["tags"], ensure_ascii=False), json.dumps("tab\tquote\"slash\\"))
text = json.dumps(config, indent="\t", sort_keys=True)
back = json.loads(text)
print(back == config, back["limits"]["memory"]["hard"], type(back["ratio"]).__name__)
doc = '{"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}], "count": 2, "meta": {"next": null, "ok": true, "pi": 3.14e0}}'
data = json.loads(doc)
print([u["name"] for u in data["users"] if u["roles"]], data["meta"], data["count"] + 1)
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.loads("[1, 2.0, -3e2, \"\\u00e9\", false]"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


shapes = {"origin": Point(0, 0), "path": [Point(1, 2), Point(3, 4)], "ids": {3, 1, 2}}
s = json.dumps(shapes, default=encode)
print(s)
restored = json.loads(s, object_hook=decode)
print([(p.x, p.y) for p in restored["path"]], restored["ids"], type(restored["origin"]).__name__)
for bad in ['{"a": 1,}', "[1, 2", "nope", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, "at pos", e.pos)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([float("inf")]), json.loads("NaN") != json.loads("NaN"), json.dumps({}, indent=4), json.dumps([], indent=2))
print(json.loads('{"a": 1, "a": 2}'), json.loads("  42  "), json.dumps("é"), json.dumps(None))
