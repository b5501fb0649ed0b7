def describe(name, age, city='unknown'):
    return name + ' (' + str(age) + ') from ' + city
print(describe('ann', 30))
print(describe(age=25, name='bob'))
print(describe('cy', city='Paris', age=40))
for call in ['missing', 'extra', 'dup', 'unknown']:
    try:
        if call == 'missing':
            describe('x')
        elif call == 'extra':
            describe('x', 1, 'y', 'z')
        elif call == 'dup':
            describe('x', name='y', age=1)
        else:
            describe('x', 1, country='z')
    except TypeError as e:
        print('TypeError', e)
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
