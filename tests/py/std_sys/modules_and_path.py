# sys.modules caches imported modules; sys.path is a list of strings.
import sys

print(type(sys.modules).__name__, type(sys.path).__name__)
print("sys" in sys.modules, sys.modules["sys"] is sys)
print(all(isinstance(p, str) for p in sys.path))
print(sys.modules["__main__"].__name__)

import json
print(sys.modules["json"] is json)
import json as again
print(again is json)

print("textwrap" in sys.modules)
import textwrap
print("textwrap" in sys.modules, sys.modules["textwrap"].fill is textwrap.fill)

me = sys.modules[__name__]
value = 42
print(me.value, getattr(me, "value"))
me.added = "set through sys.modules"
print(added)

import os.path
print("os" in sys.modules, "os.path" in sys.modules)
print(sys.modules["os.path"] is os.path)

saved = sys.path[:]
sys.path.insert(0, "nowhere_at_all")
print(sys.path[0])
sys.path[:] = saved
print(sys.path == saved)

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
