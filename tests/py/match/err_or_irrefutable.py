print('never printed')
match 1:
    case [1, (z | _)] as w:
        pass
    case 3:
        pass
