# `import m as x`, `import a.b as c`, several imports in one statement.
import _basic as b, _no_all as n
import _pkg.leaf as leaf
import _pkg.inner as inner
print(b.VALUE, n.one, leaf.LEAF, inner.INNER)
print(leaf is inner.leaf)
import _pkg
print(_pkg.leaf is leaf, _pkg.inner is inner)
import sys as system, math as m
print(system.maxsize, m.floor(2.7))
