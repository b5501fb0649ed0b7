"""Operating-system interfaces: the working directory, directory
listings, the environment, and os.path (POSIX)."""

import _os
from . import path

name = 'posix'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
linesep = '\n'
devnull = '/dev/null'

environ = _os.environ()


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    return f(p)


def getcwd():
    return _os.getcwd()


def listdir(path='.'):
    return _os.listdir(fspath(path))


def getenv(key, default=None):
    return environ.get(key, default)


def getpid():
    return _os.getpid()


def mkdir(path, mode=0o777):
    _os.mkdir(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path):
    _os.rmdir(fspath(path))


def remove(path):
    _os.remove(fspath(path))


unlink = remove


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))
