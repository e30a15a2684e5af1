"""JSON encoding and decoding with CPython's exact output and error messages.

dumps/dump follow CPython's encoder (including the small differences between its
C fast path, used by dumps() without indent, and its Python path); loads/load
follow CPython's C scanner, so JSONDecodeError positions and messages match.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')


################################################################################
# Encoding
################################################################################

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_string(s):
    # JSON string literal keeping non-ASCII characters as they are.
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join([_ESCAPES.get(ch, ch) for ch in s]) + '"'


def _escape_ascii(ch):
    escaped = _ESCAPES.get(ch)
    if escaped is not None:
        return escaped
    n = ord(ch)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def _encode_string_ascii(s):
    # JSON string literal with every non-ASCII character escaped as \uXXXX (surrogate pairs above U+FFFF).
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    parts = []
    for ch in s:
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            parts.append(ch)
        else:
            parts.append(_escape_ascii(ch))
    return '"' + ''.join(parts) + '"'


class JSONEncoder:
    """Encoder for Python data structures (dict, list, tuple, str, int, float, bool, None)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
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
        """Return a serializable version of o, or raise TypeError (override in subclasses)."""
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            return _encode_string_ascii(o) if self.ensure_ascii else _encode_string(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Return the JSON text of o as a list of string chunks."""
        out = []
        _Encoding(self, _one_shot and self.indent is None, out).value(o, 0)
        return out


class _Encoding:
    # One encoding run: the encoder's options plus the output chunk list.

    def __init__(self, encoder, fast_path, out):
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan
        self.default = encoder.default
        self.string = _encode_string_ascii if encoder.ensure_ascii else _encode_string
        self.markers = {} if encoder.check_circular else None
        # CPython's C encoder (dumps without indent) words one error differently.
        self.fast_path = fast_path
        self.out = out

    def float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return repr(o) if type(o) is float else repr(float(o))
        if not self.allow_nan:
            message = 'Out of range float values are not JSON compliant'
            if not self.fast_path:
                message += ': ' + repr(o)
            raise ValueError(message)
        return text

    def scalar(self, o):
        # The JSON text of a str/None/bool/int/float, or None for anything else.
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return repr(o) if type(o) is int else repr(int(o))
        if isinstance(o, float):
            return self.float(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.default(o), level)
            self.leave(o)

    def array(self, items, level):
        out = self.out
        if not items:
            out.append('[]')
            return
        self.enter(items)
        if self.indent is None:
            newline = None
            separator = self.item_separator
            out.append('[')
        else:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            out.append('[' + newline)
        first = True
        for item in items:
            if first:
                first = False
            else:
                out.append(separator)
            text = self.scalar(item)
            if text is None:
                self.value(item, level)
            else:
                out.append(text)
        if newline is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append(']')
        self.leave(items)

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        if self.indent is None:
            newline = None
            separator = self.item_separator
            out.append('{')
        else:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            out.append('{' + newline)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key) if type(key) is int else repr(int(key))
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % key.__class__.__name__)
            if first:
                first = False
            else:
                out.append(separator)
            out.append(self.string(key))
            out.append(self.key_separator)
            text = self.scalar(value)
            if text is None:
                self.value(value, level)
            else:
                out.append(text)
        if newline is not None:
            out.append('\n' + self.indent * (level - 1))
        out.append('}')
        self.leave(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to the file-like object fp."""
    if cls is None:
        cls = JSONEncoder
    chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                 allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                 sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


################################################################################
# Decoding
################################################################################

class JSONDecodeError(ValueError):
    """ValueError for malformed JSON, with msg, doc, pos, lineno and colno attributes."""

    __module__ = 'json.decoder'   # where CPython defines it: tracebacks name it json.decoder.JSONDecodeError

    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        lineno = before.count('\n') + 1
        colno = pos - before.rfind('\n')
        super().__init__('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _ValueExpected(Exception):
    # Raised where a JSON value should start but none does (CPython's StopIteration).

    def __init__(self, pos):
        super().__init__(pos)
        self.pos = pos


_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = {c: int(c, 16) for c in '0123456789abcdefABCDEF'}
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


def _constant(name):
    return _CONSTANTS[name]


def _skip_whitespace(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, i):
    # Value of the 4 hex digits s[i:i + 4], or None.
    value = 0
    for ch in s[i:i + 4]:
        digit = _HEX.get(ch)
        if digit is None:
            return None
        value = value * 16 + digit
    return value


def _scan_string(s, end, strict):
    # Decode the string whose opening quote is at end - 1; return (text, index after closing quote).
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        quote = s.find('"', end)
        stop = n if quote < 0 else quote
        backslash = s.find('\\', end, stop)
        if backslash >= 0:
            stop = backslash
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            for k, ch in enumerate(chunk):
                if ch < ' ':
                    raise JSONDecodeError('Invalid control character at', s, end + k)
        if stop == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        chunks.append(chunk)
        if backslash < 0:
            return ''.join(chunks), quote + 1
        i = backslash + 1
        if i == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[i]
        if esc != 'u':
            char = _SIMPLE_ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, backslash)
            chunks.append(char)
            end = i + 1
            continue
        end = i + 5
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, i)
        code = _hex4(s, i + 1)
        if code is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, i)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


class JSONDecoder:
    """Decoder from JSON text to Python objects (dict, list, str, int, float, bool, None)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python object for the JSON document s."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (object, index after it)."""
        try:
            return self._value(s, idx)
        except _ValueExpected as e:
            raise JSONDecodeError('Expecting value', s, e.pos) from None

    def _value(self, s, i):
        n = len(s)
        if i >= n:
            raise _ValueExpected(i)
        ch = s[i]
        if ch == '"':
            return _scan_string(s, i + 1, self.strict)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if ch == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if ch == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if ch == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, start):
        # Match -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at s[start:].
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise _ValueExpected(start)
        if s[i] == '0':
            i += 1
        elif '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise _ValueExpected(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i + 1 < n and s[i] in 'eE':
            j = i + 1
            if s[j] in '+-' and j + 1 < n:
                j += 1
            digits_start = j
            while j < n and s[j] in _DIGITS:
                j += 1
            if j > digits_start:
                is_float = True
                i = j
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _object(self, s, i):
        n = len(s)
        pairs = []
        i = _skip_whitespace(s, i)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = _scan_string(s, i + 1, self.strict)
                i = _skip_whitespace(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_whitespace(s, i + 1)
                value, i = self._value(s, i)
                pairs.append((key, value))
                i = _skip_whitespace(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_whitespace(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i + 1

    def _array(self, s, i):
        n = len(s)
        values = []
        i = _skip_whitespace(s, i)
        if i >= n or s[i] != ']':
            while True:
                value, i = self._value(s, i)
                values.append(value)
                i = _skip_whitespace(s, i)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_whitespace(s, i + 1)
        return values, i + 1


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document s (a str) to a Python object."""
    if not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % s.__class__.__name__)
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from the file-like object fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
