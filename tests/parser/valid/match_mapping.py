# match with mapping patterns, including **rest, value keys and nesting.
match config:
    case {}:
        pass
    case {"name": name}:
        pass
    case {"a": 1, "b": [x, y], **rest}:
        pass
    case {1: _, -2: _, 3j: _, b"k": _, None: _, True: _}:
        pass
    case {Keys.FIRST: first, Keys.SECOND: {"nested": value}}:
        pass
    case {**rest}:
        pass
    case {"trailing": t,}:
        pass
