# Relative imports that cannot work, and their messages.
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _pkg.inner.deep
except ImportError as e:
    print(type(e).__name__, e)
