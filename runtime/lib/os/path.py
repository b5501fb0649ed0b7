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


def normcase(s):
    return _fspath(s, 'normcase')


def lexists(path):
    return exists(path) or islink(path)


def islink(path):
    try:
        return _os.islink(_stat_arg(path))
    except (TypeError, ValueError):
        return False


def ismount(path):
    path = abspath(_fspath(path, 'ismount'))
    return path == '/'


def getsize(filename):
    return _os.getsize(_stat_arg(filename))


def samefile(f1, f2):
    return _os.samestat(_stat_arg(f1), _stat_arg(f2))


def realpath(filename, *, strict=False):
    """The path with `.`/`..` resolved and symbolic links followed (as far
    as the path exists)."""
    return normpath(_os.realpath(abspath(_fspath(filename, 'realpath'))))


def relpath(path, start=None):
    """`path` relative to `start` (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path, 'relpath')
    start = curdir if start is None else _fspath(start, 'relpath')
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    """The longest common sub-path of `paths` (all absolute or all
    relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(_fspath(p, 'commonpath') for p in paths)
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def expandvars(path):
    """`$name` and `${name}` replaced by the environment's values (unknown
    names left as they are)."""
    path = _fspath(path, 'expandvars')
    if '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)
