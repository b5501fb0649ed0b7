try:
    raise KeyError('first')
finally:
    print('in finally')
    raise ValueError('second')
