for a in [1.0, -1.0, 0.0, 5]:
    for b in [0.0, -0.0, 0]:
        try:
            print(a / b)
        except ZeroDivisionError as e:
            print('div', a, b, e)
        try:
            print(a // b)
        except ZeroDivisionError as e:
            print('floordiv', a, b, e)
        try:
            print(a % b)
        except ZeroDivisionError as e:
            print('mod', a, b, e)
try:
    divmod(1.5, 0.0)
except ZeroDivisionError as e:
    print('divmod', e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('pow', e)
print(1.0 / 3.0)
print(1 / 0.0)
