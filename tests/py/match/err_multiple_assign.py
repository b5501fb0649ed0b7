print('never printed')
match 1:
    case {"a": x, "b": [1, x]}:
        pass
