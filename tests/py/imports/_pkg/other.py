from .leaf import LEAF
from . import PKG
OTHER = LEAF + "+" + PKG
