# `import m`, attribute access, functions and classes from another module.
import _basic

print(_basic.VALUE, _basic.items, _basic.double(21))
print(_basic.use_global())
p = _basic.Point(1, 2)
print(p, type(p).__name__)
print(_basic.__name__, _basic.__doc__)
print(type(_basic).__name__)
_basic.VALUE = 100
print(_basic.use_global())
_basic.new_attr = "set from outside"
print(_basic.new_attr)
print(hasattr(_basic, "VALUE"), hasattr(_basic, "missing"))
print(getattr(_basic, "missing", "default"))
print(sorted(k for k in _basic.__dict__ if not k.startswith("__")))
print(callable(_basic.double), _basic.double.__name__)
del _basic.new_attr
print(hasattr(_basic, "new_attr"))
