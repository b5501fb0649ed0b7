from .. import leaf
from ..leaf import where
INNER = "inner:" + leaf.LEAF
