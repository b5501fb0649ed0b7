def f(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('except')
        return 'from except'
    else:
        print('else', r)
        return 'from else'
    finally:
        print('finally')
print(f(2))
print(f(0))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('fin', i)
    return i
print(h())
def k():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            print('loop finally', x)
print(k())
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    else:
        print('no')
nested()
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
