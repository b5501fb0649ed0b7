assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return 'computed'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def checked(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x * 2
print(checked(4))
try:
    checked('s')
except AssertionError as e:
    print(e)
