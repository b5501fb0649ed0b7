handlers = {'a': len}
print(handlers['a']('xyz'))
handlers['b'] = 42
handlers['b']('xyz')
