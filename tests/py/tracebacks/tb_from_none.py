def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'no such key: {k}') from None
print(get({'a': 1}, 'a'))
get({}, 'b')
