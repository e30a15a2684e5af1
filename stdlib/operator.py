"""Standard operators as functions, plus itemgetter, attrgetter and methodcaller."""

_abs = abs


# Comparisons

def lt(a, b):
    """Same as a < b."""
    return a < b


def le(a, b):
    """Same as a <= b."""
    return a <= b


def eq(a, b):
    """Same as a == b."""
    return a == b


def ne(a, b):
    """Same as a != b."""
    return a != b


def ge(a, b):
    """Same as a >= b."""
    return a >= b


def gt(a, b):
    """Same as a > b."""
    return a > b


# Logical operations

def not_(a):
    """Same as not a."""
    return not a


def truth(a):
    """Return True if a is true, False otherwise."""
    return True if a else False


def is_(a, b):
    """Same as a is b."""
    return a is b


def is_not(a, b):
    """Same as a is not b."""
    return a is not b


# Arithmetic and bitwise operations

def abs(a):
    """Same as abs(a)."""
    return _abs(a)


def add(a, b):
    """Same as a + b."""
    return a + b


def and_(a, b):
    """Same as a & b."""
    return a & b


def floordiv(a, b):
    """Same as a // b."""
    return a // b


def index(a):
    """Same as a.__index__()."""
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    return method(a)


def inv(a):
    """Same as ~a."""
    return ~a


invert = inv


def lshift(a, b):
    """Same as a << b."""
    return a << b


def mod(a, b):
    """Same as a % b."""
    return a % b


def mul(a, b):
    """Same as a * b."""
    return a * b


def matmul(a, b):
    """Same as a @ b."""
    return a @ b


def neg(a):
    """Same as -a."""
    return -a


def or_(a, b):
    """Same as a | b."""
    return a | b


def pos(a):
    """Same as +a."""
    return +a


def pow(a, b):
    """Same as a ** b."""
    return a ** b


def rshift(a, b):
    """Same as a >> b."""
    return a >> b


def sub(a, b):
    """Same as a - b."""
    return a - b


def truediv(a, b):
    """Same as a / b."""
    return a / b


def xor(a, b):
    """Same as a ^ b."""
    return a ^ b


# Sequence operations

def concat(a, b):
    """Same as a + b, for a and b sequences."""
    if isinstance(a, dict) or not (isinstance(a, (list, tuple, str)) or hasattr(a, '__getitem__')):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    """Same as b in a (note reversed operands)."""
    return b in a


def getitem(a, b):
    """Same as a[b]."""
    return a[b]


def setitem(a, b, c):
    """Same as a[b] = c."""
    a[b] = c


def delitem(a, b):
    """Same as del a[b]."""
    del a[b]


# Callable objects

class attrgetter:
    """Callable that fetches the given attribute(s), dotted names allowed, from its operand."""

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = [name.split('.') for name in names]

    def __call__(self, obj):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """Callable that fetches the given item(s) from its operand."""

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class methodcaller:
    """Callable that calls the named method on its operand with the given arguments."""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        args = args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(args)
