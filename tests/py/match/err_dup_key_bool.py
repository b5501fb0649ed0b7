print('never printed')
match 1:
    case {True: 1, 1: 2}:
        pass
