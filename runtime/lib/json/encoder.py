"""JSON encoding with CPython's output: escapes, separators, indentation,
key conversion and error messages."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
               '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    if chr(_i) not in _ESCAPE_DCT:
        _ESCAPE_DCT[chr(_i)] = '\\u%04x' % _i
del _i


def py_encode_basestring(s):
    """The JSON string literal of s, non-ASCII characters kept."""
    dct = _ESCAPE_DCT
    out = ['"']
    start = 0
    i = 0
    for c in s:
        if c in dct:
            if i > start:
                out.append(s[start:i])
            out.append(dct[c])
            start = i + 1
        i += 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """The JSON string literal of s in ASCII: other characters as \\uXXXX
    (UTF-16 surrogate pairs past the BMP)."""
    if s.isascii():
        for c in s:
            if c < ' ' or c == '"' or c == '\\' or c == '\x7f':
                break
        else:
            return '"' + s + '"'
    dct = _ESCAPE_DCT
    out = ['"']
    for c in s:
        if ' ' <= c < '\x7f' and c != '"' and c != '\\':
            out.append(c)
        elif c in dct:
            out.append(dct[c])
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                                0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Encodes Python data structures as JSON."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        _Encoding(self, chunks).value(o, 0)
        return chunks


class _Encoding:
    def __init__(self, enc, chunks):
        self.enc = enc
        self.out = chunks
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.strenc = encode_basestring_ascii if enc.ensure_ascii else encode_basestring

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return repr(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.strenc(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.enc.item_separator + newline
            out.append('[' + newline)
        else:
            newline = None
            sep = self.enc.item_separator
            out.append('[')
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.leave(lst)

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.enc.item_separator + newline
            out.append('{' + newline)
        else:
            newline = None
            sep = self.enc.item_separator
            out.append('{')
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, v in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                'not %s' % type(key).__name__)
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.strenc(key))
            out.append(self.enc.key_separator)
            self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.leave(dct)
