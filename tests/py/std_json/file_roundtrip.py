# json.dump/json.load through a scratch file and StringIO; config merging.
import io
import json
import os

config = {"version": 2, "servers": [{"host": "a", "port": 80}, {"host": "b", "port": 8080}], "debug": False}
path = "_tmp_config.json"
with open(path, "w") as f:
    json.dump(config, f, indent=2)
with open(path) as f:
    text = f.read()
print(text)
with open(path) as f:
    loaded = json.load(f)
print(loaded == config, loaded["servers"][1]["port"])
os.remove(path)
buf = io.StringIO()
json.dump({"b": 1, "a": [True, None]}, buf, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
defaults = json.loads('{"debug": false, "level": "info", "paths": ["/a"]}')
override = json.loads('{"debug": true, "paths": ["/b", "/c"]}')
merged = {**defaults, **override}
print(json.dumps(merged, sort_keys=True))
lines = ['{"id": 1, "v": "x"}', '{"id": 2, "v": "y"}', '{"id": 3, "v": null}']
records = [json.loads(line) for line in lines]
print([r["id"] for r in records if r["v"] is not None])
print("\n".join(json.dumps(r, separators=(",", ":")) for r in records))
