print('never printed')
match 1:
    case [x] | [1, y]:
        pass
