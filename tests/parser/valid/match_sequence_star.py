# match with sequence patterns (list and tuple forms) and star patterns.
match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case x, y:
        pass
    case [x, y, *rest]:
        pass
    case (*_, last):
        pass
    case [first, *_, last]:
        pass
    case *init, 0:
        pass
    case [[1, 2], (3, *more), [*_]]:
        pass
    case [1, 2,]:
        pass
