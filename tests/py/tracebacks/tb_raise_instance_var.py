err = ValueError('prepared earlier')
def fail():
    raise err
try:
    fail()
except ValueError as e:
    print('first time:', e)
fail()
