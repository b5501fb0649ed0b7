def inner():
    try:
        {}['a']
    except KeyError:
        raise ValueError('inner failed')
def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError('outer failed') from e
outer()
