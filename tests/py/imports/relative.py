# Relative imports (`from . import x`, `from ..m import y`) inside packages.
from _pkg import other, leaf
print(other.OTHER)
from _pkg.inner import where, INNER
print(where(), INNER)
from _pkg.inner import mod
print(mod.VALUE)
