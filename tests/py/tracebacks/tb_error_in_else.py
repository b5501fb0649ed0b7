try:
    value = int('5')
except ValueError:
    print('bad')
else:
    print('parsed', value)
    print(value + 'x')
