"""In-memory text and binary streams (io.StringIO, io.BytesIO); io.open
is the built-in open."""

__all__ = ['StringIO', 'BytesIO', 'open', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError):
    pass


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    return size


class _MemoryIO:
    """What StringIO and BytesIO share: a value, a position, the file
    protocol. Writes at the end are kept as pending chunks and joined when
    the value is next read."""

    def __init__(self, initial):
        self._buf = initial
        self._chunks = []
        self._len = len(initial)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def _sync(self):
        if self._chunks:
            self._buf = self._buf + self._empty.join(self._chunks)
            self._chunks = []
        return self._buf

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._len + pos)
        else:
            if self._text:
                raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def getvalue(self):
        self._check()
        return self._sync()

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._sync()
        start = min(self._pos, self._len)
        end = self._len if size < 0 else min(self._len, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def _line_end(self, buf, start):
        i = buf.find(self._nl_char, start)
        return self._len if i < 0 else i + 1

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._sync()
        start = min(self._pos, self._len)
        end = self._line_end(buf, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(size).__name__)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._buf = self._sync()[:size]
            self._len = size
        return size

    def _write(self, s):
        n = len(s)
        if n == 0:
            return 0
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
        else:
            buf = self._sync()
            if pos > self._len:
                buf = buf + self._pad * (pos - self._len)
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        self._len = max(self._len, pos + n)
        return n

    def __iter__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO):
    """A text stream over a str held in memory."""
    _text = True
    _empty = ''
    _pad = '\0'
    _closed_msg = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._nl_char = '\r' if newline == '\r' else '\n'
        super().__init__(self._translate(initial_value))

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            if '\n' in s:
                s = s.replace('\n', nl)
        return s

    def _line_end(self, buf, start):
        if self._newline == '':
            n = self._len
            i = start
            while i < n:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        return _MemoryIO._line_end(self, buf, start)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        self._write(self._translate(s))
        return n

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


class BytesIO(_MemoryIO):
    """A binary stream over bytes held in memory."""
    _text = False
    _empty = b''
    _pad = b'\0'
    _closed_msg = "I/O operation on closed file."
    _nl_char = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(initial_bytes).__name__)
        super().__init__(bytes(initial_bytes))

    def write(self, b):
        self._check()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b).__name__)
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)
