# match with value patterns (dotted names) and group (parenthesized) patterns.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


match color:
    case Color.RED:
        pass
    case enum.Enum.value:
        pass
    case (Color.GREEN):
        pass
    case (1):
        pass
    case ((x)):
        pass
    case (a.b.c.d):
        pass
