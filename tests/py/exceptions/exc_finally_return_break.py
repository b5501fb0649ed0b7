def a():
    for i in range(3):
        try:
            return i
        finally:
            print('finally in a', i)
print(a())
def b():
    for i in range(3):
        try:
            break
        finally:
            print('finally in b', i)
    return 'after loop'
print(b())
def c():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(c())
def d():
    r = []
    for i in range(4):
        try:
            if i % 2:
                continue
            r.append(i)
        finally:
            r.append('f')
    return r
print(d())
def e():
    x = 'start'
    try:
        return x
    finally:
        x = 'changed in finally'
        print(x)
print(e())
def f():
    try:
        raise ValueError('dropped')
    finally:
        for _ in range(1):
            break
    return 'unreached'
try:
    print(f())
except ValueError as err:
    print('propagated', err)
