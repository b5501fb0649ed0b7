from . import INNER
from .. import other
VALUE = INNER + "/" + other.OTHER
