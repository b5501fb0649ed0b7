def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
print([classify(n) for n in [-5, 0, 3, 42, 1000]])
def grade(s):
    return 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'F'
print([grade(s) for s in [95, 85, 75, 10, 90, 80]])
for v in [0, 1, '', 'x', [], [0], None]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3 and x < 10 or x == 100:
    print('in range')
if not x == 4:
    print('not four')
if x:
    pass
else:
    print('unreachable')
if 1 < x < 10 != 11:
    print('chain ok')
print(1 if x else 2, 'yes' if [] else 'no')
