print('never printed')
match 1:
    case {"k": 1, -1: a, 2: b, -1.0: c}:
        pass
