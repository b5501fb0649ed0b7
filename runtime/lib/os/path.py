"""POSIX pathname operations (CPython's posixpath)."""

import _os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
devnull = '/dev/null'


def _fspath(p, fn):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        p = f(p)
        if isinstance(p, str):
            return p
    if isinstance(p, bytes):
        raise SystemError("krait: bytes paths are not supported yet")
    raise TypeError("%s() argument must be str, bytes, or os.PathLike "
                    "object, not '%s'" % (fn, type(p).__name__))


def _stat_arg(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        return f(p)
    raise TypeError("stat: path should be string, bytes, os.PathLike or "
                    "integer, not %s" % type(p).__name__)


def isabs(s):
    return _fspath(s, 'isabs').startswith('/')


def join(a, *p):
    path = _fspath(a, 'join')
    for b in p:
        b = _fspath(b, 'join')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p, 'split')
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        k = sep_index + 1
        while k < dot_index:
            if p[k] != '.':
                return p[:dot_index], p[dot_index:]
            k += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p, 'splitdrive')
    return p[:0], p


def basename(p):
    p = _fspath(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p, 'dirname')
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fspath(path, 'normpath')
    if path == '':
        return '.'
    if path.startswith('/'):
        slashes = 2 if path.startswith('//') and not path.startswith('///') else 1
    else:
        slashes = 0
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not slashes and not comps) or (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = '/' * slashes + '/'.join(comps)
    return path or '.'


def abspath(path):
    path = _fspath(path, 'abspath')
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def exists(path):
    try:
        return _os.kind(_stat_arg(path)) != 0
    except (TypeError, ValueError):
        return False


def isfile(path):
    try:
        return _os.kind(_stat_arg(path)) == 1
    except (TypeError, ValueError):
        return False


def isdir(s):
    try:
        return _os.kind(_stat_arg(s)) == 2
    except (TypeError, ValueError):
        return False


def expanduser(path):
    path = _fspath(path, 'expanduser')
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        raise SystemError("krait: expanduser('~user') is not supported yet")
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1
