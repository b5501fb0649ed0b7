# `import a.b` binds `a`; submodules become attributes of their package.
import _pkg.leaf
print(_pkg.leaf.LEAF, _pkg.PKG, _pkg.LEAF_COPY)
print(_pkg.leaf.where())
import _pkg.inner.mod
print(_pkg.inner.mod.VALUE)
print(_pkg.inner.INNER)
print(_pkg.other.OTHER)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(_pkg.__name__, _pkg.__package__, _pkg.leaf.__package__)
print(_pkg.__file__.endswith("_pkg/__init__.py"), _pkg.leaf.__file__.endswith("leaf.py"))
print(len(_pkg.__path__), _pkg.__path__[0].endswith("_pkg"))
print(hasattr(_pkg.leaf, "__path__"))
