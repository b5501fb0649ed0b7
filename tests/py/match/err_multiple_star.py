print('never printed')
match 1:
    case [1, *a, 2, *b]:
        pass
