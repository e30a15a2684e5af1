"""Iterator building blocks, lazy like CPython's itertools.

Functions check their arguments and call iter() on their inputs when they are
called, as CPython does, and return a generator that does the work.
"""

import sys


class count:
    """count(start=0, step=1) --> start, start + step, start + 2 * step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not (isinstance(value, (int, float)) or hasattr(value, '__float__')):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, self._step)


class repeat:
    """repeat(object[, times]) --> object, object, ... (times times, or forever)."""

    def __init__(self, object, times=None):
        if times is not None:
            _check_int(times)
            times = max(times, 0)
        self._object = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times == 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


def cycle(iterable):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ... (forever)."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def chain(*iterables):
    """chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ..."""
    return _chain(iter(iterables))


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterables):
    """chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ..."""
    return _chain(iter(iterables))


chain.from_iterable = _from_iterable


def _islice_index(value, message):
    # Convert an islice() bound the way CPython does: None, or an int in [0, sys.maxsize].
    if value is None:
        return None
    if not isinstance(value, int) or value > sys.maxsize:
        raise ValueError(message)
    return value


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected elements."""
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    start, step = 0, 1
    if len(args) == 1:
        stop = _islice_index(args[0], _STOP_MESSAGE)
    else:
        if args[0] is not None:
            start = args[0]
        stop = _islice_index(args[1], _STOP_MESSAGE)
    # As in CPython, a bad stop is reported first, and stop == -1 counts as a bad stop.
    if stop == -1:
        raise ValueError(_STOP_MESSAGE)
    if (not isinstance(start, int) or not 0 <= start <= sys.maxsize
            or (stop is not None and stop < 0)):
        raise ValueError(_INDEX_MESSAGE)
    if len(args) == 3 and args[2] is not None:
        step = args[2]
        if not isinstance(step, int) or step < 1 or step > sys.maxsize:
            raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Consumes exactly as many items as CPython: never one past the last needed.
    consumed = 0
    wanted = start
    while True:
        while consumed < wanted:
            try:
                next(it)
            except StopIteration:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        consumed += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def accumulate(iterable, func=None, *, initial=None):
    """accumulate([1, 2, 3, 4, 5]) --> 1, 3, 6, 10, 15 (running totals, or running func)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def compress(data, selectors):
    """compress('ABCDEF', [1, 0, 1, 0, 1, 1]) --> A C E F"""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for datum, selector in zip(data, selectors):
        if selector:
            yield datum


def dropwhile(predicate, iterable):
    """dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]) --> 6 4 1"""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    yield from it


def takewhile(predicate, iterable):
    """takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]) --> 1 4"""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for element in it:
        if not predicate(element):
            return
        yield element


def filterfalse(predicate, iterable):
    """filterfalse(lambda x: x % 2, range(10)) --> 0 2 4 6 8"""
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for element in it:
        if not predicate(element):
            yield element


def starmap(function, iterable):
    """starmap(pow, [(2, 5), (3, 2)]) --> 32 9"""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of equal keys.

    As in CPython, advancing the groupby object invalidates the previous group.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._have_current = False   # is (_current_key, _current_value) a pending item?
        self._current_key = None
        self._current_value = None
        self._target_key = None
        self._started = False
        self._group_token = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._current_key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value
        self._have_current = True

    def __next__(self):
        self._group_token = None
        while True:
            if self._have_current:
                if not self._started:
                    break
                target, current = self._target_key, self._current_key
                if not (target is current or target == current):
                    break
            self._step()
        self._started = True
        self._target_key = self._current_key
        token = object()
        self._group_token = token
        return self._current_key, self._grouper(self._target_key, token)

    def _grouper(self, target, token):
        while self._group_token is token:
            if not self._have_current:
                try:
                    self._step()
                except StopIteration:
                    return
            current = self._current_key
            if not (target is current or target == current):
                return
            self._have_current = False
            yield self._current_value


def tee(iterable, n=2):
    """tee(iterable, n=2) --> n independent iterators over the same items."""
    _check_int(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # A shared singly linked list of [value, next_node] holds items not yet seen by all copies.
    head = [None, None]
    return tuple(_tee(it, head) for _ in range(n))


def _tee(it, node):
    while True:
        if node[1] is None:
            try:
                value = next(it)
            except StopIteration:
                return
            node[1] = [value, None]
        node = node[1]
        yield node[0]


def product(*iterables, repeat=1):
    """product('ab', range(2)) --> ('a', 0) ('a', 1) ('b', 0) ('b', 1)"""
    _check_int(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_r(r):
    _check_int(r)
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    """permutations(range(3), 2) --> (0,1) (0,2) (1,0) (1,2) (2,0) (2,1)"""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    # indices[:r] is the current arrangement and indices[r:] the unused indices.
    # countdown[i] says how many more choices position i has before it wraps:
    # each step rotates the chosen index out of position i and swaps in the next one.
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    countdown = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            countdown[i] -= 1
            if countdown[i] == 0:
                # Position i has tried every candidate: rotate it back to the start.
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                countdown[i] = n - i
            else:
                j = n - countdown[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """combinations('ABCD', 2) --> AB AC AD BC BD CD"""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[i] for i in indices)
