"""Shallow and deep copy operations.

copy(x) and deepcopy(x) handle the built-in containers directly, honour
__copy__ / __deepcopy__(memo) hooks, and copy other instances by creating an
object of the same class without calling __init__ and copying its __dict__
(plus the items, for subclasses of list, dict, set and tuple).
"""


class Error(Exception):
    """Raised for objects that cannot be copied."""


error = Error

_ATOMIC = (type(None), int, float, bool, str, type, range, slice,
           type(abs), type(lambda: None), type(Ellipsis), type(NotImplemented))


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    """Return a deep copy of x; memo maps id(original) to its copy and handles cycles."""
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            # The tuple was reached again through a cycle while copying its items.
            return memo[key]
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep originals alive for the duration of the copy so that their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    # Build a new object of x's class without calling __init__, then fill in its
    # __dict__ and, for list and dict subclasses, its items (deep-copied if memo is given).
    deep = memo is not None
    cls = type(x)
    if isinstance(x, tuple):
        y = tuple.__new__(cls, [deepcopy(item, memo) for item in x] if deep else x)
    elif isinstance(x, (set, frozenset)):
        y = cls([deepcopy(item, memo) for item in x] if deep else x)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
