"""Regular expressions with CPython's re interface; the matching is
native (_re: Python's syntax translated for the fancy-regex engine)."""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split",
           "findall", "finditer", "compile", "purge", "template", "escape",
           "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG"]

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [(TEMPLATE, 'TEMPLATE'), (IGNORECASE, 'IGNORECASE'),
               (LOCALE, 'LOCALE'), (MULTILINE, 'MULTILINE'),
               (DOTALL, 'DOTALL'), (UNICODE, 'UNICODE'),
               (VERBOSE, 'VERBOSE'), (DEBUG, 'DEBUG'), (ASCII, 'ASCII')]


class error(Exception):
    """A pattern or template that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _flags_repr(flags):
    parts = []
    for value, name in _FLAG_NAMES:
        if flags & value:
            parts.append('re.' + name)
            flags &= ~value
    if flags:
        parts.append(hex(flags))
    return '|'.join(parts)


def _clamp(v, n):
    if v < 0:
        return 0
    if v > n:
        return n
    return v


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            raise SystemError("krait: regular expressions over bytes are not supported yet")
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        h = _re.compile(pattern, flags)
        if type(h) is tuple:
            raise error(h[0], pattern, h[1])
        self._h = h
        self.pattern = pattern
        info = _re.info(h)
        f = info[0]
        if not f & ASCII:
            f |= UNICODE
        self.flags = f
        self.groups = info[1]
        self.groupindex = dict(info[2])
        self._names = {}
        for name, idx in info[2]:
            self._names[idx] = name
        self._parents = info[3]

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if not flags & ASCII:
            flags &= ~UNICODE
        if flags:
            return 're.compile(%s, %s)' % (text, _flags_repr(flags))
        return 're.compile(%s)' % (text,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)

    def _run(self, string, pos, endpos, mode):
        self._check(string)
        n = len(string)
        pos = _clamp(pos, n)
        endpos = n if endpos is None else _clamp(endpos, n)
        spans = _re.match(self._h, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _iter(self, string, pos, endpos):
        self._check(string)
        n = len(string)
        pos = _clamp(pos, n)
        endpos = n if endpos is None else _clamp(endpos, n)
        mode = 0
        while pos <= endpos:
            spans = _re.match(self._h, string, pos, endpos, mode)
            if spans is None:
                return
            m = Match(self, string, pos, endpos, spans)
            yield m
            pos = spans[1]
            mode = 3 if spans[0] == spans[1] else 0

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        g = self.groups
        for m in self._iter(string, pos, endpos):
            if g == 0:
                out.append(m.group())
            elif g == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple([x or '' for x in m.groups()]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self._iter(string, 0, None):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            tpl = _compile_template(self, repl)
            if len(tpl) == 1 and isinstance(tpl[0], str):
                text = tpl[0]
                expand = lambda m: text
            else:
                expand = lambda m: _expand(tpl, m)
        out = []
        last = 0
        n = 0
        for m in self._iter(string, 0, None):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            r = expand(m)
            if r is not None:
                if not isinstance(r, str):
                    raise TypeError("expected str instance, %s found"
                                    % type(r).__name__)
                out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise SystemError("krait: Pattern.scanner is not supported yet")


def _compile_template(pattern, repl):
    """The parts of a replacement template: strs and group numbers."""
    if not isinstance(repl, str):
        raise TypeError("expected str or callable, got %s" % type(repl).__name__)
    parts = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        e = repl[i + 1]
        if e == 'g':
            j = i + 2
            if j >= n or repl[j] != '<':
                raise error("missing <", repl, j)
            k = repl.find('>', j + 1)
            if k < 0:
                raise error("missing >, unterminated name", repl, j + 1)
            name = repl[j + 1:k]
            if not name:
                raise error("missing group name", repl, j + 1)
            if name.isdigit() and name.isascii():
                idx = int(name)
                if idx > pattern.groups:
                    raise error("invalid group reference %d" % idx, repl, j + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                idx = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, j + 1)
            if lit:
                parts.append(''.join(lit))
                lit = []
            parts.append(idx)
            i = k + 1
        elif e == '0' or (e in '1234567' and i + 3 < n + 0 and repl[i + 2:i + 3].isdigit()
                          and repl[i + 2] in '01234567' and i + 3 < n and repl[i + 3] in '01234567'):
            j = i + 1
            v = 0
            while j < n and j < i + 4 and repl[j] in '01234567':
                v = v * 8 + int(repl[j])
                j += 1
            if v > 0o377:
                raise error("octal escape value %s outside of range 0-0o377"
                            % repl[i:j], repl, i)
            lit.append(chr(v))
            i = j
        elif e.isdigit() and e.isascii():
            j = i + 1
            v = 0
            while j < n and j < i + 3 and repl[j].isdigit() and repl[j].isascii():
                v = v * 10 + int(repl[j])
                j += 1
            if v > pattern.groups:
                raise error("invalid group reference %d" % v, repl, i + 1)
            if lit:
                parts.append(''.join(lit))
                lit = []
            parts.append(v)
            i = j
        else:
            ch = _TEMPLATE_ESCAPES.get(e)
            if ch is None:
                if e.isascii() and e.isalpha():
                    raise error("bad escape \\%s" % e, repl, i)
                ch = '\\' + e
            lit.append(ch)
            i += 2
    if lit or not parts:
        parts.append(''.join(lit))
    return parts


_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                     't': '\t', 'v': '\v', '\\': '\\'}


def _expand(tpl, m):
    out = []
    for part in tpl:
        if isinstance(part, str):
            out.append(part)
        else:
            g = m.group(part)
            if g is not None:
                out.append(g)
    return ''.join(out)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        last = None
        best_end = -1
        parents = pattern._parents
        for g in range(1, pattern.groups + 1):
            e = spans[2 * g + 1]
            if spans[2 * g] < 0:
                continue
            if e > best_end:
                last = g
                best_end = e
            elif e == best_end and not _is_ancestor(parents, last, g):
                last = g
        self.lastindex = last
        self.lastgroup = pattern._names.get(last) if last is not None else None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(a)) for a in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, idx in self.re.groupindex.items():
            d[name] = self._get(idx, default)
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * i], self._spans[2 * i + 1])
                      for i in range(self.re.groups + 1)])

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self.group())


def _is_ancestor(parents, a, g):
    """Whether group a encloses group g."""
    while g:
        g = parents[g - 1]
        if g == a:
            return True
    return False


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, Pattern):
        flags = flags.flags
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern).__name__, pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        out = []
        for c in pattern:
            if c in _SPECIAL:
                out.append('\\')
            out.append(c)
        return ''.join(out)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
