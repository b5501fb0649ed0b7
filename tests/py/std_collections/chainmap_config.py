# ChainMap for layered configuration: lookup order, writes go to the first map.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"], len(config))
print(sorted(config.keys()), sorted(config.items()))
config["color"] = "blue"
print(cli, defaults["color"])
del config["color"]
print(config["color"])
try:
    del config["user"]
except KeyError as e:
    print("KeyError", e)
child = config.new_child({"user": "tmp"})
print(child["user"], child.parents["user"], len(child.maps))
print(config.get("missing", "default"), "user" in config, "nope" in config)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
print(ChainMap({"a": 1}, {"b": 2}))
