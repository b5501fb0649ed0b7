# match with literal patterns: numbers, negative and complex numbers, strings, bytes, None/True/False.
match value:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5e3:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0x1F:
        pass
    case "text":
        pass
    case "implicit" "concatenation":
        pass
    case b"bytes":
        pass
    case r"raw\n":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
