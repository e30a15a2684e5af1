"""Container datatypes: Counter, defaultdict, OrderedDict, deque, namedtuple and ChainMap."""

import sys
from heapq import nlargest as _nlargest
from operator import itemgetter as _itemgetter


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


def _mapping_items(obj):
    if isinstance(obj, dict):
        return obj.items()
    return [(key, obj[key]) for key in obj.keys()]


################################################################################
# Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items; missing items count as zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        return _nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Iterate over elements, repeating each as many times as its count."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        """Not defined for Counter."""
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in _mapping_items(iterable):
                        self[elem] = count + self.get(elem, 0)
                else:
                    for elem, count in _mapping_items(iterable):
                        self[elem] = count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (which may go to zero or below)."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in _mapping_items(iterable):
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def _all_counts(self, other, test):
        for c in (self, other):
            for elem in c:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """Dict subclass that calls default_factory to supply missing values."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return '%s(%r, %r)' % (self.__class__.__name__, self.default_factory, dict(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self.default_factory, other)
        result.update(self)
        return result


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dict that remembers insertion order, with order-aware equality and reordering."""

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or to the beginning if last is false)."""
        value = super().pop(key)
        if last:
            super().__setitem__(key, value)
            return
        rest = list(self.items())
        super().clear()
        super().__setitem__(key, value)
        for k, v in rest:
            super().__setitem__(k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO if last is true else FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return super().popitem()
        key = next(iter(self))
        return key, super().pop(key)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result


################################################################################
# deque
################################################################################

class deque:
    """Double-ended queue with O(1) appends and pops at both ends and an optional maxlen.

    Stored as a ring buffer: items live in self._buf starting at self._head, wrapping around.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """Maximum size of the deque, or None if unbounded."""
        return self._maxlen

    def _grow(self):
        # Double the buffer, unrolling the contents to start at index 0.
        buf, head, size = self._buf, self._head, self._size
        capacity = len(buf)
        self._buf = [buf[(head + i) % capacity] for i in range(size)] + [None] * capacity
        self._head = 0

    def append(self, x):
        """Add x to the right end."""
        if self._size == self._maxlen:
            if not self._size:
                return
            self.popleft()
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._size) % len(buf)] = x
        self._size += 1

    def appendleft(self, x):
        """Add x to the left end."""
        if self._size == self._maxlen:
            if not self._size:
                return
            self.pop()
        if self._size == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._size += 1

    def pop(self):
        """Remove and return the rightmost item."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._size -= 1
        buf = self._buf
        i = (self._head + self._size) % len(buf)
        x = buf[i]
        buf[i] = None
        return x

    def popleft(self):
        """Remove and return the leftmost item."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._size -= 1
        return x

    def extend(self, iterable):
        """Append the items of iterable to the right end."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append the items of iterable to the left end (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all items."""
        self._buf = [None] * 8
        self._head = 0
        self._size = 0

    def _reset(self, items):
        self.clear()
        self.extend(items)

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left if n is negative)."""
        size = self._size
        if size <= 1:
            return
        n %= size
        if n > size // 2:
            for _ in range(size - n):
                self.append(self.popleft())
        else:
            for _ in range(n):
                self.appendleft(self.pop())

    def count(self, value):
        """Return the number of occurrences of value."""
        total = 0
        for x in self:
            if x is value or x == value:
                total += 1
        return total

    def index(self, value, start=0, stop=sys.maxsize):
        """Return the first index of value in [start, stop); ValueError if absent."""
        size = self._size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        for i in range(start, stop):
            x = self[i]
            if x is value or x == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        i = self.index(value)
        del self[i]

    def reverse(self):
        """Reverse the items in place."""
        self._reset(list(self)[::-1])

    def insert(self, i, x):
        """Insert x before position i."""
        if self._size == self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(i, x)
        self._reset(items)

    def copy(self):
        """Return a shallow copy."""
        return deque(self, self._maxlen)

    __copy__ = copy

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError('deque index out of range')
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._position(i)]

    def __setitem__(self, i, x):
        self._buf[self._position(i)] = x

    def __delitem__(self, i):
        self._position(i)
        items = list(self)
        del items[i]
        self._reset(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __iter__(self):
        buf = self._buf
        capacity = len(buf)
        head = self._head
        for i in range(self._size):
            yield buf[(head + i) % capacity]

    def __reversed__(self):
        buf = self._buf
        capacity = len(buf)
        head = self._head
        for i in range(self._size - 1, -1, -1):
            yield buf[(head + i) % capacity]

    def __contains__(self, value):
        for x in self:
            if x is value or x == value:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = deque(self, self._maxlen)
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = deque(self, self._maxlen)
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self._reset(items * n)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return '%s(%r)' % (type(self).__name__, list(self))
        return '%s(%r, maxlen=%d)' % (type(self).__name__, list(self), self._maxlen)


################################################################################
# namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield',
])

_MISSING = object()


def _name_list(names):
    names = [repr(name) for name in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return '%s, and %s' % (', '.join(names[:-1]), names[-1])


def _field_property(index):
    def get(self):
        return self[index]

    def set_(self, value):
        raise AttributeError("can't set attribute")

    def delete(self):
        raise AttributeError("can't delete attribute")
    return property(get, set_, delete, 'Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass named typename with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    fields = tuple(field_names)
    num_fields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[num_fields - len(defaults):], defaults):
            field_defaults[name] = value
    positions = {name: i for i, name in enumerate(fields)}
    qualname = typename + '.__new__'

    def __new__(cls, *args, **kwargs):
        # Bind arguments like a def with the fields as parameters, with CPython's messages.
        given = len(args)
        values = list(args[:num_fields]) + [_MISSING] * (num_fields - given)
        for name, value in kwargs.items():
            i = positions.get(name)
            if i is None:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            if i < given:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            values[i] = value
        if given > num_fields:
            if field_defaults:
                takes = 'from %d to %d positional arguments' % (
                    num_fields + 1 - len(field_defaults), num_fields + 1)
            else:
                takes = '%d positional argument%s' % (num_fields + 1, '' if num_fields == 0 else 's')
            raise TypeError('%s() takes %s but %d were given' % (qualname, takes, given + 1))
        missing = []
        for i, name in enumerate(fields):
            if values[i] is _MISSING:
                if name in field_defaults:
                    values[i] = field_defaults[name]
                else:
                    missing.append(name)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s' % (
                qualname, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
        return tuple.__new__(cls, values)

    @classmethod
    def _make(cls, iterable):
        """Make a new instance from a sequence or iterable."""
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        """Return a new instance with the given fields replaced by new values."""
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    def __repr__(self):
        parts = ['%s=%r' % (name, value) for name, value in zip(fields, self)]
        return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(fields, self))

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    }
    if module is not None:
        namespace['__module__'] = module
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)
    return type(typename, (tuple,), namespace)


################################################################################
# ChainMap
################################################################################

class ChainMap:
    """Groups several mappings into one view; lookups search them in order,
    writes and deletions go to the first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        """Return self[key] if key is present, else default."""
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    def keys(self):
        """The keys of all mappings, each once, in first-seen order of the last mapping first."""
        return {key: None for key in self}.keys()

    def items(self):
        """(key, value) pairs as seen through the chain."""
        return {key: self[key] for key in self}.items()

    def values(self):
        """Values as seen through the chain."""
        return {key: self[key] for key in self}.values()

    def copy(self):
        """New ChainMap with a new copy of maps[0] and refs to maps[1:]."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map (m, or a new dict) followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def setdefault(self, key, default=None):
        """Return self[key], first setting it to default in maps[0] if missing."""
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwargs):
        """Update maps[0] from a mapping or iterable of pairs, and keyword arguments."""
        self.maps[0].update(other, **kwargs)

    def popitem(self):
        """Remove and return an item pair from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()
