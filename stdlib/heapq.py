"""Heap queue algorithm (a.k.a. priority queue) on plain lists, min-heap ordered."""


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item."""
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list x into a heap, in place, in linear time."""
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos until its parent is not larger.
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup(heap, pos):
    # Move the smaller child up until reaching a leaf, then sift the item back down.
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: ties keep input order)."""
    if reverse:
        heap_init, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heap_init, pop, replace, sign = heapify, heappop, heapreplace, 1
    # Entries are [sort key, tie-breaker, value, iterator]; the tie-breaker keeps
    # the merge stable and stops comparisons from reaching values or iterators.
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append([value if key is None else key(value), order * sign, value, it])
            break
    heap_init(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        yield heap[0][2]
        yield from heap[0][3]


def _select(n, iterable, key, largest):
    # Keep the n best items in a heap whose root is the worst of them; entries are
    # [sort key, tie-breaker, value] so that earlier items win ties.
    if largest:
        heap_init, replace, sign = heapify, heapreplace, -1
    else:
        heap_init, replace, sign = _heapify_max, _heapreplace_max, 1
    it = iter(iterable)
    heap = []
    for order, value in enumerate(it):
        heap.append([value if key is None else key(value), order * sign, value])
        if len(heap) == n:
            break
    if not heap:
        return []
    heap_init(heap)
    worst = heap[0][0]
    order = n
    for value in it:
        k = value if key is None else key(value)
        if (worst < k) if largest else (k < worst):
            replace(heap, [k, order * sign, value])
            worst = heap[0][0]
        order += 1
    heap.sort(reverse=largest)
    return [entry[2] for entry in heap]


def nsmallest(n, iterable, key=None):
    """Return the n smallest items: same as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if hasattr(iterable, '__len__') and n >= len(iterable):
        return sorted(iterable, key=key)[:n]
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return the n largest items: same as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if hasattr(iterable, '__len__') and n >= len(iterable):
        return sorted(iterable, key=key, reverse=True)[:n]
    return _select(n, iterable, key, True)
