print('never printed')
def f(v):
    match v:
        case [1]:
            pass
        case x:
            pass
        case 2:
            pass
