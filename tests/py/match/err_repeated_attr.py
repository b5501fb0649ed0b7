print('never printed')
match 1:
    case C(a=1, b=2, a=3):
        pass
