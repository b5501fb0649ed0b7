print('never printed')
match 1:
    case [x, (1 as x) | (2 as x)]:
        pass
