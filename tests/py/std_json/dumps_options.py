# json.dumps options: indent, sort_keys, separators, ensure_ascii, default.
import json

data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "ok": True, "none": None, "f": 1.5, "nested": {"z": 1, "a": []}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, {}], {"k": [3]}], indent="\t"))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=0))
print(json.dumps("Zoë ☃ \n\t\"q\""), json.dumps("Zoë ☃", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e100, -0.0, 10**20]))
print(json.dumps((1, 2)), json.dumps(""), json.dumps([]), json.dumps({}), json.dumps({}, indent=2))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"p": Point(1, 2)}, default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): "skip", "k": 1}, skipkeys=True))
