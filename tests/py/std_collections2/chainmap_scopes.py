# ChainMap as nested variable scopes: new_child, parents, maps, writes to the first map, and lookups.
from collections import ChainMap

builtins_scope = {"print": "builtin-print", "len": "builtin-len", "x": "builtin-x"}
globals_scope = {"x": 1, "y": 2}
scope = ChainMap(globals_scope, builtins_scope)
print(scope["x"], scope["len"], len(scope), sorted(scope))
local = scope.new_child({"x": 10, "z": 30})
print(local["x"], local["y"], local["z"], local.maps[0], len(local.maps))
local["y"] = 20
print(local["y"], scope["y"], local.maps[0])
del local["x"]
print(local["x"], "x" in local.maps[0])
try:
    del local["len"]
except KeyError as e:
    print("KeyError:", e)
print(local.parents is not None, local.parents["x"], dict(local.parents) == dict(scope))
inner = local.new_child()
inner["w"] = "new"
print(inner.maps[0], sorted(inner.keys()), inner.get("nope", "default"), "print" in inner)


def resolve(name, chain):
    for depth, m in enumerate(chain.maps):
        if name in m:
            return depth, m[name]
    return None


for name in ("w", "x", "y", "print", "missing"):
    print(name, resolve(name, inner))
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "ann"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(dict(config), config["user"], list(config.items())[:2])
merged = config | {"extra": 1}
print(type(merged).__name__, merged["extra"], merged.maps[0] is not cli)
config.maps.reverse()
print(config["user"], config["debug"])
print(repr(ChainMap({"a": 1}, {"b": 2})), ChainMap().maps, bool(ChainMap({})))
