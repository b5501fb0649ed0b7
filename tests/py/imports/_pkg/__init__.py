print("_pkg init:", __name__, __package__)
PKG = "pkg-level"
from . import leaf
from .leaf import LEAF as LEAF_COPY
