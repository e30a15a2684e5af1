"""Names used in type annotations.

Annotations are not checked; these objects only need to exist, be subscriptable
(List[int], Dict[str, int], Callable[[int], str], ...) and print sensibly.
"""


def _type_repr(obj):
    if isinstance(obj, type):
        module = getattr(obj, '__module__', 'builtins')
        name = getattr(obj, '__qualname__', obj.__name__)
        return name if module == 'builtins' else '%s.%s' % (module, name)
    if obj is ...:
        return '...'
    if obj is None:
        return 'NoneType'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(item) for item in obj)
    return repr(obj)


class _Alias:
    """A subscripted typing construct such as List[int]."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        return _Alias(self, params if isinstance(params, tuple) else (params,))

    def __repr__(self):
        return '%r[%s]' % (self.__origin__, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class _SpecialForm:
    """An unsubscripted typing construct such as List or Optional."""

    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return _Alias(self, params if isinstance(params, tuple) else (params,))

    def __repr__(self):
        return 'typing.' + self._name


class _GenericBase:
    """The base class that Generic[...] stands for."""


class _GenericForm(_SpecialForm):
    """Generic[T] gives a real (empty) class so that `class C(Generic[T])` works."""

    def __getitem__(self, params):
        return _GenericBase


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
List = _SpecialForm('List')
Dict = _SpecialForm('Dict')
Tuple = _SpecialForm('Tuple')
Set = _SpecialForm('Set')
FrozenSet = _SpecialForm('FrozenSet')
Deque = _SpecialForm('Deque')
DefaultDict = _SpecialForm('DefaultDict')
Callable = _SpecialForm('Callable')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
Type = _SpecialForm('Type')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Generic = _GenericForm('Generic')

TYPE_CHECKING = False


def cast(typ, val):
    """Return val unchanged (the type is for the reader only)."""
    return val


def overload(func):
    """Decorator for overload signatures; returns func unchanged."""
    return func
