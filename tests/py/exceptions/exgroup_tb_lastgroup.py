# A group whose last sub-exception is a group closes the box once; deep
# nesting past 10 levels is cut.
def deep(n):
    e = ValueError('bottom')
    for i in range(n):
        e = ExceptionGroup('level %d' % i, [e])
    return e


def nested():
    try:
        raise deep(2)
    except ExceptionGroup as e:
        first = e
    raise ExceptionGroup('top', [KeyError('a'), first, deep(12)])


nested()
