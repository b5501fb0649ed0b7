def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
c = counter(5)
print(next(c), next(c), next(c), c.send('reset'), next(c))
c.close()
print(next(c, 'closed'))
def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('got GeneratorExit')
        raise
g = guarded()
next(g)
g.close()
def tolerant():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            print('handled', e)
t = tolerant()
print(next(t), t.throw(ValueError('one')), t.throw(ValueError('two')))
try:
    t.throw(KeyError('unhandled'))
except KeyError as e:
    print('escaped', e)
print(next(t, 'finished'))
