for op in ['//', '%', '/']:
    for a in [1, 0, -5, 10 ** 30]:
        try:
            if op == '//':
                r = a // 0
            elif op == '%':
                r = a % 0
            else:
                r = a / 0
            print(r)
        except ZeroDivisionError as e:
            print(op, a, type(e).__name__, e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print('divmod', e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print('pow', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('pow3', e)
print(10 // 3 + 10 % 3)
x = 10
x //= 0
