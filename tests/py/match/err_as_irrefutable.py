print('never printed')
match 1:
    case (x as y):
        pass
    case 3:
        pass
