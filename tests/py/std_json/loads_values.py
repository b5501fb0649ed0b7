# json.loads: types produced, unicode escapes, big numbers, hooks.
import json
from collections import OrderedDict

doc = '{"a": [1, 2.5, -3e2, true, false, null], "s": "x\\u00e9\\n\\ud83d\\ude00", "big": 123456789012345678901234567890}'
v = json.loads(doc)
print(v)
print([type(x).__name__ for x in v["a"]], type(v["big"]).__name__, len(v["s"]))
print(json.loads("3"), json.loads('"str"'), json.loads("null"), json.loads(" [ ] "), json.loads("1.0e-2"))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'{"bytes": true}'), repr(json.loads('"\\/\\\\\\"\\b\\f\\r\\t"')))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"b": 1, "a": 2}]', object_pairs_hook=OrderedDict))
print(json.loads("[1.1, 2]", parse_float=lambda t: ("float", t)), json.loads("[1, 2]", parse_int=float))
print(json.loads('{"k": [1, {"deep": [null]}]}')["k"][1]["deep"])
roundtrip = {"list": [1, "two", 3.0, None], "nested": {"t": True}, "empty": ""}
print(json.loads(json.dumps(roundtrip)) == roundtrip, json.loads(json.dumps((1, 2))))
