__all__ = ["square", "circle"]
from .square import area as square
from .circle import area as circle
