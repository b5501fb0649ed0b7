def level3(x):
    if x < 0:
        raise ValueError('negative: ' + str(x))
    return x * 2
def level2(x):
    try:
        return level3(x)
    finally:
        print('level2 cleanup for', x)
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print('level1 caught', e)
        return -1
print(level1(5))
print(level1(-5))
def swallow(f):
    try:
        return f()
    except Exception as e:
        return 'swallowed ' + str(e)
print(swallow(lambda: 1 / 0), swallow(lambda: [][1]), swallow(lambda: 'fine'))
