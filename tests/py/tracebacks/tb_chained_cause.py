def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('parse failed') from e
parse('abc')
