xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], xs[2])
for i in [3, -4, 100]:
    try:
        print(xs[i])
    except IndexError as e:
        print('IndexError', e)
try:
    xs[5] = 1
except IndexError as e:
    print('IndexError', e)
try:
    xs.pop(10)
except IndexError as e:
    print('IndexError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    xs.remove(99)
except ValueError as e:
    print('ValueError', e)
try:
    xs.index(99)
except ValueError as e:
    print('ValueError', e)
try:
    xs['a']
except TypeError as e:
    print('TypeError', e)
print(xs)
