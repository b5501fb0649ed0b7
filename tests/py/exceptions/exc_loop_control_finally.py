out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    except Exception:
        out.append('never')
    else:
        out.append('else' + str(i))
    finally:
        out.append('fin' + str(i))
print(out)
def search(xs, t):
    for i, x in enumerate(xs):
        try:
            if x == t:
                return i
        finally:
            print('checked', x)
    return -1
print(search(['a', 'b', 'c'], 'b'))
print(search(['a'], 'z'))
n = 0
while n < 5:
    n += 1
    try:
        if n % 2:
            continue
        print('even', n)
    finally:
        print('tick', n)
