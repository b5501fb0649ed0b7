import json
import io

buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf = io.StringIO('{"x": 1.25, "y": [true, false]}')
print(json.load(buf, object_pairs_hook=lambda p: p))
out = io.StringIO()
json.dump([1, "\u00e9"], out, ensure_ascii=False, separators=(",", ":"))
print(out.getvalue())
try:
    json.load(io.StringIO("[1, 2"))
except json.JSONDecodeError as e:
    print(e)
