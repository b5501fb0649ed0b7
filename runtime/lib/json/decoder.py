"""JSON decoding: a recursive-descent scanner with CPython's error
messages and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError with the document, position, line and column of the
    problem."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_WS = ' \t\n\r'


def _constant(name):
    return _CONSTANTS[name]

_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i, esc):
    """The value of the 4 hex digits at s[i:i+4]; esc is the position
    reported when they are not 4 hex digits."""
    h = s[i:i + 4]
    if len(h) != 4 or h[0] not in _HEX or h[1] not in _HEX \
            or h[2] not in _HEX or h[3] not in _HEX:
        raise JSONDecodeError("Invalid \\uXXXX escape", s, esc)
    return int(h, 16)


def scanstring(s, end, strict=True):
    """Decodes the JSON string whose opening quote is at end - 1; returns
    (text, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        start = end
        while end < n:
            c = s[end]
            if c == '"' or c == '\\':
                break
            if strict and c < ' ':
                raise JSONDecodeError("Invalid control character at", s, end)
            end += 1
        else:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if end > start:
            chunks.append(s[start:end])
        if s[end] == '"':
            return ''.join(chunks), end + 1
        # a backslash
        if end + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end + 1]
        if esc != 'u':
            ch = _ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end)
            chunks.append(ch)
            end += 2
            continue
        uni = _hex4(s, end + 2, end + 1)
        end += 6
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        if 0xd800 <= uni <= 0xdfff:
            raise SystemError("krait: lone surrogates in JSON strings are not supported yet")
        chunks.append(chr(uni))


class _Scanner:
    def __init__(self, ctx):
        self.strict = ctx.strict
        self.object_hook = ctx.object_hook
        self.object_pairs_hook = ctx.object_pairs_hook
        self.parse_float = ctx.parse_float
        self.parse_int = ctx.parse_int
        self.parse_constant = ctx.parse_constant

    def value(self, s, i):
        """(value, end) of the JSON value at s[i]; StopIteration(i) when
        there is none there."""
        n = len(s)
        if i >= n:
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(s, i + 1)
        if c == '[':
            return self.array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == '-' or c in _DIGITS:
            j = i + 1 if c == '-' else i
            if j < n and s[j] in _DIGITS:
                if s[j] == '0':
                    j += 1
                else:
                    while j < n and s[j] in _DIGITS:
                        j += 1
                is_float = False
                if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
                    j += 2
                    while j < n and s[j] in _DIGITS:
                        j += 1
                    is_float = True
                if j < n and s[j] in 'eE':
                    k = j + 1
                    if k < n and s[k] in '+-':
                        k += 1
                    if k < n and s[k] in _DIGITS:
                        while k < n and s[k] in _DIGITS:
                            k += 1
                        j = k
                        is_float = True
                text = s[i:j]
                if is_float:
                    return self.parse_float(text), j
                return self.parse_int(text), j
            if c == '-' and s[i:i + 9] == '-Infinity':
                return self.parse_constant('-Infinity'), i + 9
            raise StopIteration(i)
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        raise StopIteration(i)

    def element(self, s, i):
        try:
            return self.value(s, i)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def object(self, s, end):
        pairs = []
        end = _skip_ws(s, end)
        n = len(s)
        if end < n and s[end] == '}':
            end += 1
        else:
            while True:
                if end >= n or s[end] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, end)
                key, end = scanstring(s, end + 1, self.strict)
                end = _skip_ws(s, end)
                if end >= n or s[end] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
                end = _skip_ws(s, end + 1)
                value, end = self.element(s, end)
                pairs.append((key, value))
                end = _skip_ws(s, end)
                if end < n and s[end] == '}':
                    end += 1
                    break
                if end >= n or s[end] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, end)
                end = _skip_ws(s, end + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, end

    def array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        n = len(s)
        if end < n and s[end] == ']':
            return values, end + 1
        while True:
            value, end = self.element(s, end)
            values.append(value)
            end = _skip_ws(s, end)
            if end < n and s[end] == ']':
                return values, end + 1
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1)


class JSONDecoder:
    """Decodes JSON text to Python objects."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self).value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
