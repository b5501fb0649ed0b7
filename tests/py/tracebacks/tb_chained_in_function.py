def load(d, key):
    try:
        return d[key]
    except KeyError:
        return fallback(key)
def fallback(key):
    raise LookupError('no fallback for ' + key)
print(load({'x': 1}, 'x'))
load({}, 'y')
