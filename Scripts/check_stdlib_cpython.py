#!/usr/bin/env python3
"""Differential check of Prism's dialect stdlib (stdlib/*.py) against CPython 3.11.

Each stdlib/<name>.py is loaded under a private module name (prism_stdlib_<name>);
while it loads, its imports of the other Prism modules resolve to their private
versions, while _random, math and sys stay CPython's own.  Every check runs the
same code against the Prism module and the real CPython module and compares the
outcome: the type name and repr of the result, or the type and message of the
exception.  Prints a summary and exits non-zero on any mismatch.

Finally, every conformance-corpus program (Tests/ConformanceTests/corpus) that imports
one of these modules is run under CPython with the Prism modules installed under
their plain names, and its stdout / exit status is compared with the golden files.

Usage: python3 Scripts/check_stdlib_cpython.py [-v] [module ... | corpus]
"""

import copy as cp_copy
import importlib
import importlib.util
import io
import math
import os
import re
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

sys.dont_write_bytecode = True   # keep stdlib/ free of __pycache__

STDLIB = Path(__file__).resolve().parent.parent / 'stdlib'
CORPUS = Path(__file__).resolve().parent.parent / 'Tests' / 'ConformanceTests' / 'corpus'
ORDER = ['operator', 'bisect', 'heapq', 'string', 'typing', 'itertools', 'collections',
         'functools', 'copy', 'fractions', 'statistics', 'json', 'random']

PRISM = {}


def load_prism_modules():
    for name in ORDER:
        saved = {dep: sys.modules.get(dep) for dep in PRISM}
        try:
            sys.modules.update(PRISM)
            spec = importlib.util.spec_from_file_location('prism_stdlib_' + name, STDLIB / (name + '.py'))
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module
            spec.loader.exec_module(module)
        finally:
            for dep, original in saved.items():
                if original is None:
                    sys.modules.pop(dep, None)
                else:
                    sys.modules[dep] = original
        PRISM[name] = module


################################################################################
# Comparison machinery
################################################################################

VERBOSE = '-v' in sys.argv
SELECTED = [a for a in sys.argv[1:] if not a.startswith('-')]
RESULTS = {}   # module name -> [checks, failures]
FAILURES = []


def describe(value):
    """Comparable description of a value: type name and repr, recursively for containers."""
    if isinstance(value, float):
        return ('float', repr(value))
    if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
        return (type(value).__name__, [describe(v) for v in value])
    return (type(value).__name__, repr(value))


def outcome(func, module):
    try:
        return ('ok', describe(func(module)))
    except Exception as e:  # noqa: BLE001 - every exception is part of the behaviour
        return ('error', type(e).__name__, str(e))


def check(modname, label, func, ref=None):
    """Run func on the Prism and CPython module named modname and compare outcomes.

    ref, if given, is used instead of func for the CPython side."""
    if SELECTED and modname not in SELECTED:
        return
    stats = RESULTS.setdefault(modname, [0, 0])
    stats[0] += 1
    mine = outcome(func, PRISM[modname])
    theirs = outcome(ref or func, importlib.import_module(modname))
    if mine != theirs:
        stats[1] += 1
        FAILURES.append('%s: %s\n    prism:   %s\n    cpython: %s' % (modname, label, mine, theirs))
    elif VERBOSE:
        print('ok %s: %s -> %s' % (modname, label, str(mine)[:100]))


def check_value(modname, label, mine, expected):
    """Compare a value computed with the Prism module against an expected value."""
    if SELECTED and modname not in SELECTED:
        return
    stats = RESULTS.setdefault(modname, [0, 0])
    stats[0] += 1
    if describe(mine) != describe(expected):
        stats[1] += 1
        FAILURES.append('%s: %s\n    prism:    %r\n    expected: %r' % (modname, label, mine, expected))


class Logged:
    """Iterable that records each item handed out, to compare laziness."""

    def __init__(self, items, log):
        self.items = list(items)
        self.log = log

    def __iter__(self):
        for item in self.items:
            self.log.append(item)
            yield item


def lazily(build, take):
    """Run build(module, logged_iterable_factory), take `take` items, return (items, log)."""
    def run(m):
        log = []
        it = iter(build(m, lambda items: Logged(items, log)))
        out = []
        for _ in range(take):
            try:
                out.append(next(it))
            except StopIteration:
                out.append('<stop>')
                break
        return out, log
    return run


################################################################################
# operator, bisect, heapq, string, typing
################################################################################

def check_operator():
    binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'eq', 'ne', 'lt', 'le',
              'gt', 'ge', 'and_', 'or_', 'xor', 'is_', 'is_not', 'concat', 'contains', 'getitem',
              'lshift', 'rshift']
    pairs = [(7, 3), (-7, 2), (2.5, 0.5), (3, 0), ([1, 2], [3]), ('ab', 'b'), ({1: 2}, 1), (True, 2),
             ((1, 2, 2), 2), (5, 70), (2 ** 70, 3)]
    for name in binary:
        for a, b in pairs:
            check('operator', '%s%r' % (name, (a, b)), lambda m, name=name, a=a, b=b: getattr(m, name)(a, b))
    for name in ['neg', 'pos', 'abs', 'not_', 'truth', 'index', 'inv']:
        for a in [5, -3, 0, 2.5, True, [], [1], 'x']:
            check('operator', '%s(%r)' % (name, a), lambda m, name=name, a=a: getattr(m, name)(a))

    def setdel(m):
        d = {'a': 1}
        m.setitem(d, 'b', 2)
        m.delitem(d, 'a')
        return d
    check('operator', 'setitem/delitem', setdel)
    data = [{'a': 1, 'b': [5, 6]}, {'a': 2, 'b': [7, 8]}]
    check('operator', 'itemgetter one', lambda m: list(map(m.itemgetter('a'), data)))
    check('operator', 'itemgetter many', lambda m: list(map(m.itemgetter('a', 'b'), data)))
    check('operator', 'itemgetter slice', lambda m: m.itemgetter(slice(1, 3))('abcd'))
    check('operator', 'itemgetter repr', lambda m: repr(m.itemgetter(1, 'a')))
    check('operator', 'itemgetter missing', lambda m: m.itemgetter('z')(data[0]))
    check('operator', 'itemgetter()', lambda m: m.itemgetter())

    class P:
        def __init__(self, x, child=None):
            self.x = x
            self.child = child

        def scale(self, k, offset=0):
            return self.x * k + offset
    p = P(1, P(2, P(3)))
    check('operator', 'attrgetter', lambda m: m.attrgetter('x')(p))
    check('operator', 'attrgetter dotted', lambda m: m.attrgetter('child.child.x', 'x')(p))
    check('operator', 'attrgetter missing', lambda m: m.attrgetter('child.y')(p))
    check('operator', 'attrgetter bad', lambda m: m.attrgetter(1))
    check('operator', 'attrgetter repr', lambda m: repr(m.attrgetter('a.b', 'c')))
    check('operator', 'methodcaller', lambda m: m.methodcaller('scale', 3, offset=1)(p))
    check('operator', 'methodcaller str', lambda m: m.methodcaller('split', ',')('a,b'))
    check('operator', 'methodcaller repr', lambda m: repr(m.methodcaller('f', 1, k='v')))
    check('operator', 'methodcaller()', lambda m: m.methodcaller())
    check('operator', 'index(float)', lambda m: m.index(1.5))
    check('operator', 'concat int', lambda m: m.concat(1, 2))
    check('operator', 'sorted by itemgetter', lambda m: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=m.itemgetter(1)))


def check_bisect():
    lists = [[], [1], [1, 2, 2, 2, 3, 5, 8], list(range(0, 100, 3)), [1.5, 2.5, 2.5, 9.0]]
    for a in lists:
        for x in [-1, 0, 1, 2, 2.5, 3, 4, 8, 9, 100]:
            for name in ['bisect_left', 'bisect_right', 'bisect']:
                check('bisect', '%s(%r, %r)' % (name, a, x), lambda m, n=name, a=a, x=x: getattr(m, n)(a, x))
                check('bisect', '%s lo/hi' % name, lambda m, n=name, a=a, x=x: getattr(m, n)(a, x, 1, max(len(a) - 1, 1)))
    check('bisect', 'lo negative', lambda m: m.bisect_left([1, 2], 1, -1))
    recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
    for x in [0, 3, 5, 9]:
        check('bisect', 'key left %d' % x, lambda m, x=x: m.bisect_left(recs, x, key=lambda r: r[1]))
        check('bisect', 'key right %d' % x, lambda m, x=x: m.bisect_right(recs, x, key=lambda r: r[1]))

    def insorts(m):
        a = []
        for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
            m.insort(a, x)
            m.insort_left(a, x + 0.5)
            m.insort_right(a, x, 0, len(a))
        b = []
        for r in [('x', 3), ('y', 1), ('z', 3), ('w', 2)]:
            m.insort_left(b, r, key=lambda r: r[1])
            m.insort_right(b, (r[0] * 2, r[1]), key=lambda r: r[1])
        return a, b
    check('bisect', 'insort sequence', insorts)


def check_heapq():
    import random as cr
    rng = cr.Random(7)
    for size in [0, 1, 2, 3, 10, 37, 200]:
        data = [rng.randrange(50) for _ in range(size)]

        def heapops(m, data=data):
            h = list(data)
            m.heapify(h)
            layout = list(h)
            pushed = []
            for x in data[:20]:
                m.heappush(h, x * 3 % 17)
                pushed.append(list(h))
            popped = [m.heappop(h) for _ in range(min(len(h), 15))]
            rep = [m.heapreplace(h, x) for x in [4, 40, 0]] if h else []
            pp = [m.heappushpop(h, x) for x in [-1, 25, 100]]
            return layout, pushed, popped, rep, pp, h
        check('heapq', 'heap ops size %d' % size, heapops)
        for n in [-1, 0, 1, 2, 5, size, size + 3]:
            check('heapq', 'nsmallest %d/%d' % (n, size), lambda m, n=n, d=data: m.nsmallest(n, d))
            check('heapq', 'nlargest %d/%d' % (n, size), lambda m, n=n, d=data: m.nlargest(n, d))
            check('heapq', 'nsmallest iter key %d/%d' % (n, size),
                  lambda m, n=n, d=data: m.nsmallest(n, iter(d), key=lambda x: x % 7))
            check('heapq', 'nlargest iter key %d/%d' % (n, size),
                  lambda m, n=n, d=data: m.nlargest(n, iter(d), key=lambda x: x % 7))
    pairs = [(1, 'a'), (1.0, 'b'), (True, 'c'), (0, 'd'), (1, 'e')]
    check('heapq', 'nlargest ties identity', lambda m: m.nlargest(3, pairs, key=lambda p: p[0]))
    check('heapq', 'nsmallest ties identity', lambda m: m.nsmallest(3, iter(pairs), key=lambda p: p[0]))
    check('heapq', 'nlargest ties values', lambda m: m.nlargest(2, iter([1, 1.0, True, 0])))
    check('heapq', 'heappop empty', lambda m: m.heappop([]))
    check('heapq', 'heapreplace empty', lambda m: m.heapreplace([], 1))
    runs = [[1, 4, 7, 10], [2, 5, 8], [], [0, 3, 3, 9, 12], [3]]
    check('heapq', 'merge', lambda m: list(m.merge(*runs)))
    check('heapq', 'merge reverse', lambda m: list(m.merge(*[r[::-1] for r in runs], reverse=True)))
    tagged = [[(1, 'a'), (3, 'a')], [(1, 'b'), (2, 'b'), (3, 'b')], [(1, 'c')]]
    check('heapq', 'merge key stable', lambda m: list(m.merge(*tagged, key=lambda t: t[0])))
    check('heapq', 'merge key reverse stable',
          lambda m: list(m.merge(*[t[::-1] for t in tagged], key=lambda t: t[0], reverse=True)))
    check('heapq', 'merge none', lambda m: list(m.merge()))
    check('heapq', 'merge lazy', lazily(lambda m, L: m.merge(L([1, 3, 5]), L([2, 4])), 3))


def check_string():
    for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
                 'octdigits', 'punctuation', 'whitespace', 'printable']:
        check('string', name, lambda m, n=name: getattr(m, n))
    for s, sep in [('hello world', None), ('  hello   big\tworld ', None), ('a-b-c', '-'),
                   ('', None), ('ONE two', ' '), ("it's", None), ('x,,y', ',')]:
        check('string', 'capwords(%r, %r)' % (s, sep), lambda m, s=s, sep=sep: m.capwords(s, sep))


def check_typing():
    if SELECTED and 'typing' not in SELECTED:
        return
    m = PRISM['typing']
    cases = {
        'List[int]': lambda t: t.List[int],
        'Dict[str, List[int]]': lambda t: t.Dict[str, t.List[int]],
        'Optional[float]': lambda t: t.Optional[float],
        'Tuple[int, ...]': lambda t: t.Tuple[int, ...],
        'Union[int, str]': lambda t: t.Union[int, str],
        'Set[str]': lambda t: t.Set[str],
        'FrozenSet[int]': lambda t: t.FrozenSet[int],
        'Iterable[int]': lambda t: t.Iterable[int],
        'Iterator[str]': lambda t: t.Iterator[str],
        'Sequence[float]': lambda t: t.Sequence[float],
        'Mapping[str, Any]': lambda t: t.Mapping[str, t.Any],
        'Generator[int, None, None]': lambda t: t.Generator[int, None, None],
        'Type[int]': lambda t: t.Type[int],
        'Any': lambda t: t.Any,
        'List': lambda t: t.List,
    }
    for label, build in cases.items():
        check_value('typing', label, repr(build(m)), repr(build(importlib.import_module('typing'))))
    T = m.TypeVar('T')
    check_value('typing', 'TypeVar repr', repr(T), '~T')

    class Box(m.Generic[T]):
        def __init__(self, item):
            self.item = item
    check_value('typing', 'Generic subclass', Box(3).item, 3)
    check_value('typing', 'cast', m.cast(m.List[int], 'x'), 'x')
    check_value('typing', 'Callable repr', repr(m.Callable[[int, str], float]), 'typing.Callable[[int, str], float]')

    def annotated(x: m.List[int], y: m.Optional[m.Dict[str, int]] = None) -> m.Tuple[int, ...]:
        return (len(x),)
    check_value('typing', 'annotations evaluate', annotated([1, 2]), (2,))


################################################################################
# itertools
################################################################################

def check_itertools():
    take = lambda it, n: [x for _, x in zip(range(n), it)]  # noqa: E731
    check('itertools', 'count()', lambda m: take(m.count(), 5))
    check('itertools', 'count(10, 3)', lambda m: take(m.count(10, 3), 5))
    check('itertools', 'count(2.5, 0.5)', lambda m: take(m.count(2.5, 0.5), 5))
    check('itertools', 'count(-1, -2)', lambda m: take(m.count(-1, -2), 5))
    check('itertools', 'count repr', lambda m: [repr(m.count()), repr(m.count(3, 2)), repr(m.count(0, 1.0)),
                                                repr(m.count(1.5))])

    def count_advanced(m):
        c = m.count(5, 3)
        next(c)
        next(c)
        return repr(c)
    check('itertools', 'count repr advanced', count_advanced)
    check('itertools', 'count bad', lambda m: m.count('a'))
    check('itertools', 'cycle', lambda m: take(m.cycle('abc'), 8))
    check('itertools', 'cycle empty', lambda m: list(m.cycle([])))
    check('itertools', 'cycle lazy', lazily(lambda m, L: m.cycle(L('abc')), 5))
    check('itertools', 'repeat', lambda m: list(m.repeat('x', 3)))
    check('itertools', 'repeat neg', lambda m: list(m.repeat('x', -2)))
    check('itertools', 'repeat forever', lambda m: take(m.repeat(7), 4))
    check('itertools', 'repeat repr', lambda m: [repr(m.repeat(3)), repr(m.repeat('a', 2))])

    def repeat_advanced(m):
        r = m.repeat(1, 5)
        next(r)
        return repr(r), list(r), repr(r)
    check('itertools', 'repeat advanced', repeat_advanced)
    check('itertools', 'repeat bad times', lambda m: m.repeat(1, 1.5))
    check('itertools', 'chain', lambda m: list(m.chain('ab', [1, 2], (), range(2))))
    check('itertools', 'chain empty', lambda m: list(m.chain()))
    check('itertools', 'chain.from_iterable', lambda m: list(m.chain.from_iterable(['ab', 'cd', ''])))
    check('itertools', 'chain.from_iterable bad', lambda m: m.chain.from_iterable(5))
    check('itertools', 'chain lazy', lazily(lambda m, L: m.chain(L('ab'), L('cd')), 3))

    data = list(range(20))
    slice_args = [(5,), (0,), (None,), (2, 8), (2, None), (2, 15, 3), (0, 20, 7), (5, 3), (3, 3),
                  (None, None, 2), (1, None, 4), (18, 30), (25,), (0, 0, 1), (-1,), (-5,), (1.5,),
                  (2 ** 70,), (0, 3, 0), (0, 3, -1), (-1, 3), ('a',), (1, 'a'), (1, 2, 'x'),
                  (2 ** 70, 5), (2 ** 70, -1), (1.5, 3, 0), (None, -2), (1, 2, 3, 4), ()]
    for args in slice_args:
        check('itertools', 'islice%r' % (args,), lambda m, a=args: list(m.islice(data, *a)))
    for args in [(3,), (2, 6, 2), (4, 2), (0, 5, 3), (1, None, 5)]:
        def consumed(m, a=args):
            it = iter(range(10))
            first = list(m.islice(it, *a))
            return first, list(it)
        check('itertools', 'islice consumption %r' % (args,), consumed)
        check('itertools', 'islice lazy %r' % (args,), lazily(lambda m, L, a=args: m.islice(L(range(10)), *a), 2))
    check('itertools', 'islice not iterable', lambda m: m.islice(5, 2))

    check('itertools', 'accumulate', lambda m: list(m.accumulate([1, 2, 3, 4])))
    check('itertools', 'accumulate func', lambda m: list(m.accumulate([3, 1, 4, 1, 5], max)))
    check('itertools', 'accumulate initial', lambda m: list(m.accumulate([1, 2], initial=100)))
    check('itertools', 'accumulate empty initial', lambda m: list(m.accumulate([], initial=5)))
    check('itertools', 'accumulate empty', lambda m: list(m.accumulate([])))
    check('itertools', 'accumulate floats', lambda m: list(m.accumulate([0.1] * 5)))
    check('itertools', 'accumulate bad', lambda m: m.accumulate(3))
    check('itertools', 'compress', lambda m: list(m.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
    check('itertools', 'compress short', lambda m: list(m.compress('ABCDEF', [0, 1])))
    check('itertools', 'dropwhile', lambda m: list(m.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    check('itertools', 'takewhile', lambda m: list(m.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    check('itertools', 'takewhile lazy', lazily(lambda m, L: m.takewhile(lambda x: x < 3, L(range(10))), 5))
    check('itertools', 'dropwhile lazy', lazily(lambda m, L: m.dropwhile(lambda x: x < 3, L(range(10))), 2))
    check('itertools', 'filterfalse', lambda m: list(m.filterfalse(lambda x: x % 2, range(10))))
    check('itertools', 'filterfalse None', lambda m: list(m.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
    check('itertools', 'starmap', lambda m: list(m.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    check('itertools', 'starmap bad', lambda m: m.starmap(pow, 3))
    check('itertools', 'pairwise', lambda m: list(m.pairwise('ABCDE')))
    check('itertools', 'pairwise short', lambda m: [list(m.pairwise('A')), list(m.pairwise(''))])
    check('itertools', 'pairwise lazy', lazily(lambda m, L: m.pairwise(L('abcd')), 2))
    check('itertools', 'zip_longest', lambda m: list(m.zip_longest('ABCD', 'xy', [1, 2, 3], fillvalue='-')))
    check('itertools', 'zip_longest default', lambda m: list(m.zip_longest('AB', 'xyz')))
    check('itertools', 'zip_longest none', lambda m: list(m.zip_longest()))
    check('itertools', 'zip_longest lazy', lazily(lambda m, L: m.zip_longest(L('ab'), L('wxyz')), 3))

    keys = 'AAAABBBCCDAABBB'
    check('itertools', 'groupby', lambda m: [(k, list(g)) for k, g in m.groupby(keys)])
    check('itertools', 'groupby keys', lambda m: [k for k, g in m.groupby(keys)])
    check('itertools', 'groupby key func', lambda m: [(k, list(g)) for k, g in m.groupby(range(12), lambda x: x // 4)])
    check('itertools', 'groupby empty', lambda m: list(m.groupby([])))

    def groupby_stale(m):
        groups = list(m.groupby(keys))
        return [(k, list(g)) for k, g in groups]
    check('itertools', 'groupby stale groups', groupby_stale)

    def groupby_partial(m):
        out = []
        gb = m.groupby('aaabbbcc')
        k1, g1 = next(gb)
        out.append(next(g1))
        k2, g2 = next(gb)
        out.append(list(g1))
        out.append(next(g2))
        out.append(list(g2))
        out.append([k for k, g in gb])
        return k1, k2, out
    check('itertools', 'groupby partial', groupby_partial)

    def groupby_inner_first(m):
        gb = m.groupby([1, 1, 2, 2, 2, 3])
        k, g = next(gb)
        first = list(g)
        rest = [(k, list(g)) for k, g in gb]
        return first, rest, list(g)
    check('itertools', 'groupby inner exhaust', groupby_inner_first)
    check('itertools', 'groupby nan', lambda m: [(k, len(list(g))) for k, g in m.groupby([float('nan')] * 3)])
    check('itertools', 'groupby lazy', lazily(lambda m, L: (k for k, g in m.groupby(L('aabbbc'))), 2))

    def tees(m):
        a, b, c = m.tee(iter(range(6)), 3)
        out = [next(a), next(a), next(b), list(c), list(a), list(b)]
        return out
    check('itertools', 'tee', tees)
    check('itertools', 'tee zero', lambda m: m.tee([1], 0))
    check('itertools', 'tee negative', lambda m: m.tee([1], -1))
    check('itertools', 'tee float', lambda m: m.tee([1], 1.5))
    check('itertools', 'tee lazy', lazily(lambda m, L: m.tee(L(range(5)))[0], 2))

    check('itertools', 'product', lambda m: list(m.product('ab', range(3))))
    check('itertools', 'product repeat', lambda m: list(m.product([0, 1], repeat=3)))
    check('itertools', 'product empty', lambda m: [list(m.product()), list(m.product('ab', [])),
                                                   list(m.product('ab', repeat=0))])
    check('itertools', 'product negative', lambda m: m.product('ab', repeat=-1))
    check('itertools', 'product float', lambda m: m.product('ab', repeat=1.5))
    for n in range(0, 6):
        pool = 'abcdef'[:n]
        for r in [None, 0, 1, 2, 3, n, n + 1]:
            if r is not None:
                check('itertools', 'combinations(%r, %r)' % (pool, r), lambda m, p=pool, r=r: list(m.combinations(p, r)))
                check('itertools', 'cwr(%r, %r)' % (pool, r),
                      lambda m, p=pool, r=r: list(m.combinations_with_replacement(p, r)))
            check('itertools', 'permutations(%r, %r)' % (pool, r), lambda m, p=pool, r=r: list(m.permutations(p, r)))
    check('itertools', 'permutations 7', lambda m: list(m.permutations(range(7))))
    check('itertools', 'permutations 8, 3', lambda m: list(m.permutations(range(8), 3)))
    for bad in [-1, 1.5]:
        check('itertools', 'permutations bad %r' % bad, lambda m, b=bad: m.permutations('ab', b))
        check('itertools', 'combinations bad %r' % bad, lambda m, b=bad: m.combinations('ab', b))
        check('itertools', 'cwr bad %r' % bad, lambda m, b=bad: m.combinations_with_replacement('ab', b))


################################################################################
# collections
################################################################################

def check_collections():
    text = 'abracadabra alakazam'
    check('collections', 'Counter repr', lambda m: repr(m.Counter(text)))
    check('collections', 'Counter empty repr', lambda m: repr(m.Counter()))
    check('collections', 'Counter kwargs', lambda m: repr(m.Counter(a=3, b=1, c=3)))
    check('collections', 'Counter mapping', lambda m: repr(m.Counter({'x': 2, 'y': -1})))
    check('collections', 'most_common', lambda m: m.Counter(text).most_common())
    for n in [-1, 0, 1, 2, 3, 100]:
        check('collections', 'most_common(%d)' % n, lambda m, n=n: m.Counter(text).most_common(n))
    check('collections', 'elements', lambda m: list(m.Counter(a=2, b=0, c=-1, d=3).elements()))
    check('collections', 'missing is 0', lambda m: (m.Counter('ab')['z'], 'z' in m.Counter('ab')))
    check('collections', 'total', lambda m: m.Counter(text).total())

    def updates(m):
        c = m.Counter('aab')
        c.update('abc')
        c.update({'a': 10, 'q': 1})
        c.update(b=5)
        c.subtract('aaz')
        c.subtract({'b': 1}, c=2)
        c.update(m.Counter('qq'))
        del c['nothere']
        del c['q']
        return repr(c), sorted(c.items())
    check('collections', 'update/subtract', updates)

    def arith(m):
        a = m.Counter(a=3, b=1, c=-2, d=0)
        b = m.Counter(a=1, b=2, e=4, c=-5)
        return [repr(a + b), repr(a - b), repr(a | b), repr(a & b), repr(+a), repr(-a),
                a == b, a == m.Counter(a=3, b=1, c=-2), a <= b, a >= b, a < a + b, a > b,
                m.Counter(a=1) == m.Counter(a=1, b=0), m.Counter() != m.Counter(x=0)]
    check('collections', 'Counter arithmetic', arith)

    def inplace(m):
        out = []
        for op in ['__iadd__', '__isub__', '__ior__', '__iand__']:
            a = m.Counter(a=3, b=1, c=-2, d=0)
            b = m.Counter(a=1, b=2, e=4, c=-5)
            out.append(repr(getattr(a, op)(b)))
        return out
    check('collections', 'Counter in-place', inplace)
    check('collections', 'Counter fromkeys', lambda m: m.Counter.fromkeys('ab'))
    check('collections', 'Counter add non-counter', lambda m: m.Counter('a') + {'a': 1})
    check('collections', 'Counter eq dict', lambda m: m.Counter('a') == {'a': 1})
    check('collections', 'Counter copy', lambda m: repr(m.Counter('hello').copy()))
    check('collections', 'Counter unorderable', lambda m: repr(m.Counter({1: 'x', 2: 'y'})))
    check('collections', 'Counter isinstance dict', lambda m: isinstance(m.Counter(), dict))
    check('collections', 'Counter from ChainMap', lambda m: repr(m.Counter(m.ChainMap({'a': 2}, {'a': 5, 'b': 1}))))
    check('collections', 'Counter update ChainMap', lambda m: repr(_updated(m.Counter('ab'), m.ChainMap({'a': 3}))))
    check('collections', 'Counter words', lambda m: m.Counter('the cat the dog the end cat'.split()).most_common(2))

    def dd(m):
        d = m.defaultdict(list)
        d['a'].append(1)
        d['b']
        d['a'].append(2)
        n = m.defaultdict(int, {'x': 5}, y=2)
        n['z'] += 1
        nested = m.defaultdict(lambda: m.defaultdict(int))
        nested['p']['q'] += 3
        return [repr(d), repr(n), 'c' in d, d.get('c'), len(d), repr(m.defaultdict()),
                repr(m.defaultdict(None, a=1)), dict(nested['p']), repr(d.copy()),
                isinstance(d, dict), d.default_factory]
    check('collections', 'defaultdict', dd)
    check('collections', 'defaultdict missing no factory', lambda m: m.defaultdict()['k'])
    check('collections', 'defaultdict bad factory', lambda m: m.defaultdict(5))
    check('collections', 'defaultdict or', lambda m: repr(m.defaultdict(int, a=1) | {'b': 2}))

    def od(m):
        o = m.OrderedDict()
        o['a'] = 1
        o['b'] = 2
        o['c'] = 3
        o.move_to_end('a')
        r1 = repr(o)
        o.move_to_end('c', last=False)
        r2 = repr(o)
        last = o.popitem()
        first = o.popitem(last=False)
        o2 = m.OrderedDict([('x', 1), ('y', 2)])
        o3 = m.OrderedDict([('y', 2), ('x', 1)])
        return [r1, r2, last, first, repr(o), o2 == o3, o2 == dict(o3), dict(o3) == o2,
                o2 != o3, repr(m.OrderedDict()), list(o2.keys()), repr(o2.copy()),
                repr(m.OrderedDict.fromkeys('abc', 0)), isinstance(o2, dict)]
    check('collections', 'OrderedDict', od)
    check('collections', 'OrderedDict popitem empty', lambda m: m.OrderedDict().popitem())
    check('collections', 'OrderedDict move missing', lambda m: m.OrderedDict().move_to_end('x'))

    def dq(m):
        d = m.deque([1, 2, 3])
        d.append(4)
        d.appendleft(0)
        out = [repr(d), d.pop(), d.popleft(), repr(d)]
        d.extend('ab')
        d.extendleft('xy')
        out.append(repr(d))
        d.rotate(2)
        out.append(repr(d))
        d.rotate(-3)
        out.append(repr(d))
        d.rotate(100)
        out.append(list(d))
        out.extend([len(d), d[0], d[-1], d[2], 'a' in d, 'q' in d, d.count('a'), d.index(2)])
        d[1] = 'set'
        del d[0]
        d.remove('a')
        d.insert(2, 'ins')
        d.insert(-1, 'neg')
        d.insert(100, 'end')
        out.append(repr(d))
        d.reverse()
        out.append(list(reversed(d)))
        out.append(repr(d))
        c = d.copy()
        c.clear()
        out.extend([repr(c), bool(c), bool(d), d == m.deque(list(d)), d != c, repr(d + m.deque([9]))])
        d2 = m.deque('abc')
        d2 += 'de'
        d2 *= 2
        out.append(repr(d2))
        out.append(repr(d2 * 0))
        out.append(m.deque([1, 2]) < m.deque([1, 3]))
        return out
    check('collections', 'deque ops', dq)

    def dq_maxlen(m):
        d = m.deque(range(10), maxlen=3)
        out = [repr(d), d.maxlen]
        d.append(10)
        out.append(repr(d))
        d.appendleft(-1)
        out.append(repr(d))
        d.extend(range(20, 25))
        out.append(repr(d))
        d.extendleft('ab')
        out.append(repr(d))
        z = m.deque([1, 2], maxlen=0)
        z.append(3)
        out.extend([repr(z), repr(m.deque(maxlen=2) + m.deque([1, 2, 3])), repr(m.deque([1, 2], 5) * 3)])
        return out
    check('collections', 'deque maxlen', dq_maxlen)
    check('collections', 'deque big', lambda m: _deque_workout(m.deque))
    for label, f in [('pop empty', lambda m: m.deque().pop()), ('popleft empty', lambda m: m.deque().popleft()),
                     ('index missing', lambda m: m.deque([1]).index(5)),
                     ('index range', lambda m: m.deque([1, 2, 3, 2]).index(2, 2)),
                     ('index neg start', lambda m: m.deque([1, 2, 3, 2]).index(2, -3, -1)),
                     ('remove missing', lambda m: m.deque([1]).remove(5)),
                     ('getitem range', lambda m: m.deque([1])[5]), ('getitem str', lambda m: m.deque([1])['a']),
                     ('getitem slice', lambda m: m.deque([1])[0:1]),
                     ('insert full', lambda m: m.deque([1], maxlen=1).insert(0, 1)),
                     ('maxlen negative', lambda m: m.deque([], maxlen=-1)),
                     ('maxlen float', lambda m: m.deque([], maxlen=1.5)),
                     ('del range', lambda m: m.deque([1]).__delitem__(3)),
                     ('add list', lambda m: m.deque([1]) + [2]),
                     ('eq list', lambda m: m.deque([1]) == [1])]:
        check('collections', 'deque ' + label, f)

    def nt(m):
        Point = m.namedtuple('Point', 'x y')
        p = Point(1, y=2)
        q = Point._make([3, 4])
        P3 = m.namedtuple('P3', ['a', 'b', 'c'], defaults=[0, [1]])
        r = P3(5)
        return [repr(p), p.x, p.y, p[0], p == (1, 2), repr(q), q._asdict(), repr(p._replace(y=9)),
                Point._fields, P3._field_defaults, repr(r), r.c, isinstance(p, tuple), len(p),
                tuple(p), p + (3,), Point.__name__, Point.__doc__, hash(p) == hash((1, 2)),
                repr(m.namedtuple('E', '')()), repr(m.namedtuple('S', 'a, b,c')(1, 2, 3)),
                m.namedtuple('R', ['def', 'x', 'x', '_y', '1'], rename=True)._fields,
                Point.x.__doc__, sorted([Point(2, 1), Point(1, 5)]), Point.__match_args__,
                max(Point(1, 2), Point(1, 3)), repr(P3(1, 2, 3)), repr(P3(c=1, a=0))]
    check('collections', 'namedtuple', nt)
    P = lambda m: m.namedtuple('Point', 'x y')  # noqa: E731
    Q = lambda m: m.namedtuple('Q', 'a b c', defaults=[5])  # noqa: E731
    for label, f in [('missing one', lambda m: P(m)(1)), ('missing two', lambda m: P(m)()),
                     ('too many', lambda m: P(m)(1, 2, 3)), ('unexpected kw', lambda m: P(m)(1, z=3)),
                     ('multiple', lambda m: P(m)(1, x=2)), ('defaults missing', lambda m: Q(m)()),
                     ('defaults too many', lambda m: Q(m)(1, 2, 3, 4)), ('defaults missing one', lambda m: Q(m)(1)),
                     ('empty too many', lambda m: m.namedtuple('E', '')(1)),
                     ('one field too many', lambda m: m.namedtuple('O', 'a')(1, 2)),
                     ('three missing', lambda m: m.namedtuple('T', 'a b c')()),
                     ('multiple and too many', lambda m: P(m)(1, 2, 3, x=4)),
                     ('_make wrong', lambda m: P(m)._make([1])),
                     ('_replace bad', lambda m: P(m)(1, 2)._replace(z=1)),
                     ('bad name', lambda m: m.namedtuple('1x', 'a')),
                     ('keyword field', lambda m: m.namedtuple('K', 'a class')),
                     ('underscore', lambda m: m.namedtuple('U', 'a _b')),
                     ('duplicate', lambda m: m.namedtuple('D', 'a b a')),
                     ('too many defaults', lambda m: m.namedtuple('D', 'a', defaults=[1, 2])),
                     ('set attr', lambda m: setattr(P(m)(1, 2), 'x', 5)),
                     ('set attr None', lambda m: setattr(P(m)(1, 2), 'x', None)),
                     ('del attr', lambda m: delattr(P(m)(1, 2), 'x'))]:
        check('collections', 'namedtuple ' + label, f)

    def chain(m):
        base = {'a': 1, 'b': 2}
        over = {'b': 20, 'c': 30}
        c = m.ChainMap(over, base)
        out = [c['a'], c['b'], c.get('z', 'dflt'), len(c), list(c), sorted(c.items()), 'a' in c, 'z' in c,
               repr(c), bool(c), bool(m.ChainMap()), repr(m.ChainMap())]
        c['d'] = 4
        del c['b']
        child = c.new_child({'a': 100})
        out += [repr(c), child['a'], repr(child.parents), c.pop('d'), repr(c), dict(child)]
        return out
    check('collections', 'ChainMap', chain)
    check('collections', 'ChainMap missing', lambda m: m.ChainMap({'a': 1})['b'])
    check('collections', 'ChainMap del missing', lambda m: m.ChainMap({}, {'a': 1}).__delitem__('a'))


def _updated(counter, other):
    counter.update(other)
    return counter


def _deque_workout(deque):
    d = deque()
    log = []
    for i in range(300):
        if i % 3 == 0:
            d.appendleft(i)
        else:
            d.append(i)
        if i % 7 == 0:
            log.append(d.pop())
        if i % 11 == 0:
            log.append(d.popleft())
        if i % 13 == 0:
            d.rotate(i % 5 - 2)
    return log, list(d), d[17], d[-17], len(d)


################################################################################
# functools
################################################################################

def check_functools():
    def f(a, b=2, *rest, c=3, **kw):
        return (a, b, rest, c, sorted(kw.items()))

    def partials(m):
        p = m.partial(f, 1, c=10)
        pp = m.partial(p, 5, d=1)
        return [p(), p(2), p(2, 3, c=4, e=5), pp(), pp.args, sorted(pp.keywords.items()), pp.func is f,
                p.args, p.keywords, m.partial(max, key=len)(['a', 'bbb', 'cc'])]
    check('functools', 'partial', partials)
    check('functools', 'partial repr', lambda m: repr(m.partial(max, 1, key=len)))
    check('functools', 'partial not callable', lambda m: m.partial(1))
    check('functools', 'partial no args', lambda m: m.partial())
    check('functools', 'reduce', lambda m: m.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
    check('functools', 'reduce initial', lambda m: m.reduce(lambda a, b: a + [b], 'abc', []))
    check('functools', 'reduce single', lambda m: m.reduce(max, [7]))
    check('functools', 'reduce empty', lambda m: m.reduce(max, []))
    check('functools', 'reduce empty initial', lambda m: m.reduce(max, [], 'init'))
    check('functools', 'reduce iterator', lambda m: m.reduce(lambda a, b: a - b, iter(range(10))))

    def lru(m):
        calls = []

        @m.lru_cache(maxsize=2)
        def sq(x):
            calls.append(x)
            return x * x
        out = [sq(1), sq(2), sq(1), sq(3), sq(2), sq(1), sq(1.0), sq(True), str(sq.cache_info())]
        sq.cache_clear()
        out += [str(sq.cache_info()), sq(4), str(sq.cache_info()), calls, sq.cache_parameters(),
                sq.__name__, sq.__wrapped__(5)]
        return out
    check('functools', 'lru_cache maxsize=2', lru)

    def lru_plain(m):
        @m.lru_cache
        def fib(n):
            """Fibonacci."""
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        return [fib(80), repr(fib.cache_info()), fib.__doc__, fib.__name__, fib.cache_parameters()]
    check('functools', 'lru_cache plain', lru_plain)

    def lru_none(m):
        @m.lru_cache(maxsize=None)
        def g(a, b=0, *, k=1):
            return a + b + k
        out = [g(1), g(1), g(1, 2), g(1, b=2), g(b=2, a=1), g(1, 2, k=3), g(1, 2), g('x', 'y', k='z')]
        return out, repr(g.cache_info())
    check('functools', 'lru_cache None', lru_none)

    def lru_typed(m):
        @m.lru_cache(maxsize=10, typed=True)
        def g(x):
            return repr(x)
        return [g(1), g(1.0), g(True), g(1), repr(g.cache_info())]
    check('functools', 'lru_cache typed', lru_typed)

    def lru_zero(m):
        @m.lru_cache(maxsize=0)
        def g(x):
            return x
        return [g(1), g(1), repr(g.cache_info())]
    check('functools', 'lru_cache zero', lru_zero)

    def lru_negative(m):
        @m.lru_cache(-5)
        def g(x):
            return x
        return [g(1), g(1), repr(g.cache_info())]
    check('functools', 'lru_cache negative', lru_negative)

    def lru_eviction(m):
        @m.lru_cache(maxsize=3)
        def g(x):
            return x
        for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4, 5, 6, 1]:
            g(x)
        return repr(g.cache_info())
    check('functools', 'lru_cache eviction order', lru_eviction)
    check('functools', 'lru_cache bad', lambda m: m.lru_cache('x'))
    check('functools', 'lru_cache unhashable', lambda m: m.lru_cache(lambda x: x)([1]))

    def cache_(m):
        @m.cache
        def g(x):
            return [x]
        a = g(1)
        return [a is g(1), repr(g.cache_info())]
    check('functools', 'cache', cache_)

    def lru_method(m):
        class C:
            def __init__(self, k):
                self.k = k

            @m.lru_cache(maxsize=None)
            def times(self, x):
                return self.k * x
        a, b = C(2), C(3)
        return [a.times(4), b.times(4), a.times(4), repr(C.times.cache_info())]
    check('functools', 'lru_cache method', lru_method)

    def wrapping(m):
        def deco(func):
            @m.wraps(func)
            def wrapper(*args, **kwargs):
                return func(*args, **kwargs) + 1
            return wrapper

        def target(x):
            """Doc of target."""
            return x * 2
        target.extra = 'attr'
        w = deco(target)
        return [w(5), w.__name__, w.__qualname__.split('.')[-1], w.__doc__, w.__wrapped__ is target,
                w.extra, w.__module__ == target.__module__]
    check('functools', 'wraps', wrapping)

    def upd(m):
        def a():
            pass

        def b():
            """b doc"""
        b.tag = 1
        r = m.update_wrapper(a, b)
        return [r is a, a.__name__, a.__doc__, a.tag, a.__wrapped__ is b]
    check('functools', 'update_wrapper', upd)

    def cmpkey(m):
        def cmp(a, b):
            return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
        words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
        K = m.cmp_to_key(cmp)
        return [sorted(words, key=K), sorted(words, key=K, reverse=True), min(words, key=K),
                K('ab') < K('abc'), K('ab') == K('ab'), K('b') >= K('a'), K('a') <= K('a'), K('z') > K('a')]
    check('functools', 'cmp_to_key', cmpkey)

    for root in ['__lt__', '__le__', '__gt__', '__ge__']:
        def ordering(m, root=root):
            ns = {'__init__': lambda self, v: setattr(self, 'v', v),
                  '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented,
                  '__repr__': lambda self: 'V(%r)' % self.v}
            ops = {'__lt__': lambda s, o: s.v < o.v, '__le__': lambda s, o: s.v <= o.v,
                   '__gt__': lambda s, o: s.v > o.v, '__ge__': lambda s, o: s.v >= o.v}
            op = ops[root]
            ns[root] = lambda s, o, op=op: op(s, o) if isinstance(o, type(s)) else NotImplemented
            V = m.total_ordering(type('V', (), ns))
            vals = [V(x) for x in [3, 1, 2, 2]]
            res = []
            for a in vals:
                for b in vals:
                    res.append((a < b, a <= b, a > b, a >= b, a == b))
            try:
                vals[0] < 5
            except TypeError as e:
                res.append(str(e))
            return res, sorted(vals), V.__gt__.__name__ if root != '__gt__' else V.__lt__.__name__
        check('functools', 'total_ordering from %s' % root, ordering)
    check('functools', 'total_ordering none', lambda m: m.total_ordering(type('N', (), {})))


################################################################################
# copy
################################################################################

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.a, self.b)


class WithHooks:
    def __init__(self, v):
        self.v = v
        self.log = []

    def __copy__(self):
        return WithHooks(('copied', self.v))

    def __deepcopy__(self, memo):
        return WithHooks(('deep', len(memo) >= 0, self.v))

    def __repr__(self):
        return 'WithHooks(%r)' % (self.v,)


class MyList(list):
    pass


class MyDict(dict):
    pass


def check_copy():
    if SELECTED and 'copy' not in SELECTED:
        return
    m = PRISM['copy']
    inner = [1, [2, 3]]
    data = {'list': inner, 'tuple': (inner, 4), 'set': {1, 2}, 'fs': frozenset([3]), 'str': 'x',
            'num': 1.5, 'none': None, 'plain': Plain(inner, {'k': inner})}
    for label, value in [('dict', data), ('list', [inner, inner]), ('tuple atomic', (1, 'a', None)),
                         ('tuple nested', (inner,)), ('set', {1, 2}), ('plain', Plain(1, inner)),
                         ('hooks', WithHooks(inner)), ('int', 5), ('str', 'abc'), ('func', len)]:
        for fname in ['copy', 'deepcopy']:
            mine = getattr(m, fname)(value)
            ref = getattr(cp_copy, fname)(value)
            check_value('copy', '%s %s repr' % (fname, label), repr(mine), repr(ref))
            check_value('copy', '%s %s identity' % (fname, label), mine is value, ref is value)
            check_value('copy', '%s %s type' % (fname, label), type(mine).__name__, type(ref).__name__)
    # Sharing structure: the deep copy keeps aliasing, the shallow copy shares children.
    d = m.deepcopy(data)
    check_value('copy', 'deepcopy aliasing kept', d['list'] is d['tuple'][0] is d['plain'].a, True)
    check_value('copy', 'deepcopy independent', d['list'] is inner, False)
    s = m.copy(data)
    check_value('copy', 'copy shares', s['list'] is inner and s is not data, True)
    cyc = [1]
    cyc.append(cyc)
    cc = m.deepcopy(cyc)
    check_value('copy', 'deepcopy cycle', (cc[1] is cc, cc is not cyc), (True, True))
    p = Plain(1, None)
    p.b = p
    pc = m.deepcopy(p)
    check_value('copy', 'deepcopy instance cycle', (pc.b is pc, pc is not p), (True, True))
    ml = MyList([1, [2]])
    ml.tag = 'x'
    for fname in ['copy', 'deepcopy']:
        c = getattr(m, fname)(ml)
        check_value('copy', '%s list subclass' % fname, (type(c).__name__, list(c), c.tag, c[1] is ml[1]),
                    ('MyList', [1, [2]], 'x', fname == 'copy'))
        md = MyDict(a=[1])
        c = getattr(m, fname)(md)
        check_value('copy', '%s dict subclass' % fname, (type(c).__name__, dict(c), c['a'] is md['a']),
                    ('MyDict', {'a': [1]}, fname == 'copy'))
    col = PRISM['collections']
    for fname in ['copy', 'deepcopy']:
        for value in [col.Counter('abca'), col.defaultdict(list, a=[1]), col.OrderedDict(b=1, a=2),
                      col.deque([1, [2]], maxlen=5), col.namedtuple('P', 'x y')(1, [2])]:
            c = getattr(m, fname)(value)
            check_value('copy', '%s %s' % (fname, type(value).__name__), (repr(c), c is value, c == value),
                        (repr(value), False, True))
    memo = {}
    shared = [1]
    a = m.deepcopy(shared, memo)
    check_value('copy', 'memo reuse', m.deepcopy([shared], memo)[0] is a, True)


################################################################################
# fractions
################################################################################

def check_fractions():
    ctor_args = [(), (3,), (-7,), (3, 4), (6, -8), (-6, -8), (0, 5), (10 ** 30, 3 * 10 ** 20), (True, 2),
                 ('3/4',), ('-3/4',), (' 3/4 ',), ('0.25',), ('-1.5e3',), ('1e-3',), ('.5',), ('5.',),
                 ('1_000/3',), ('1_000.5_5',), ('+7',), ('3/0',), ('1/-2',), ('abc',), ('1.5/2',), ('',),
                 ('1e',), ('--1',), ('1__0',), ('3 /4',), ('1E+2',), ('inf',), ('nan',), (0.1,), (-2.75,),
                 (1e300,), (5e-324,), (float('inf'),), (float('nan'),), (3, 0), (1.5, 2), ('1', 2), ([],),
                 (None,), (2, 4.0)]
    for args in ctor_args:
        check('fractions', 'Fraction%r' % (args,), lambda m, a=args: m.Fraction(*a))
    F = lambda m, *a: m.Fraction(*a)  # noqa: E731
    check('fractions', 'Fraction of Fractions', lambda m: m.Fraction(m.Fraction(1, 7), m.Fraction(2, 3)))
    check('fractions', 'Fraction of Fraction', lambda m: m.Fraction(m.Fraction(5, 10)))
    check('fractions', 'str', lambda m: [str(F(m, 3, 4)), str(F(m, -8, 4)), str(F(m, 0))])
    check('fractions', 'props', lambda m: [F(m, 6, 4).numerator, F(m, 6, 4).denominator,
                                           F(m, -6, 4).as_integer_ratio()])
    values = [(1, 3), (-2, 5), (7, 1), (0, 1), (22, 7), (-9, 4)]
    others = [2, -3, 0, 0.5, -1.25, 1e100, True]
    ops = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lt', 'le', 'gt', 'ge', 'eq', 'ne']

    def binop(m, op, a, b):
        import operator
        f = getattr(operator, op) if op != 'divmod' else divmod
        return f(a, b)
    for n, d in values:
        for op in ops + ['divmod']:
            for other in others:
                check('fractions', '%s(F(%d,%d), %r)' % (op, n, d, other),
                      lambda m, op=op, n=n, d=d, o=other: binop(m, op, m.Fraction(n, d), o))
                check('fractions', '%s(%r, F(%d,%d))' % (op, other, n, d),
                      lambda m, op=op, n=n, d=d, o=other: binop(m, op, o, m.Fraction(n, d)))
            for n2, d2 in values:
                if op == 'pow' and abs(n2) > 20:
                    continue
                check('fractions', '%s(F(%d,%d), F(%d,%d))' % (op, n, d, n2, d2),
                      lambda m, op=op, n=n, d=d, n2=n2, d2=d2: binop(m, op, m.Fraction(n, d), m.Fraction(n2, d2)))
        check('fractions', 'unary F(%d,%d)' % (n, d),
              lambda m, n=n, d=d: [-F(m, n, d), +F(m, n, d), abs(F(m, n, d)), int(F(m, n, d)), float(F(m, n, d)),
                                   math.floor(F(m, n, d)), math.ceil(F(m, n, d)), math.trunc(F(m, n, d)),
                                   round(F(m, n, d)), round(F(m, n, d), 2), round(F(m, n, d), -1), bool(F(m, n, d))])
        check('fractions', 'hash F(%d,%d)' % (n, d), lambda m, n=n, d=d: hash(F(m, n, d)))
    for x in [0.5, -0.5, 0.1, 1 / 3, 2.0, 1e-300]:
        check('fractions', 'hash float-equal %r' % x, lambda m, x=x: (hash(m.Fraction(x)), hash(m.Fraction(x)) == hash(x)))
    check('fractions', 'hash big denominators', lambda m: [hash(m.Fraction(1, 2 ** 61 - 1)), hash(m.Fraction(-5, 2 ** 61 - 1)),
                                                            hash(m.Fraction(3, 10 ** 40 + 1)), hash(m.Fraction(-1, 1)),
                                                            hash(m.Fraction(-3, 2 ** 62))])
    check('fractions', 'dict key', lambda m: {m.Fraction(1, 2): 'a', 0.5: 'b', m.Fraction(2): 'c', 2: 'd'})
    check('fractions', 'round half even', lambda m: [round(m.Fraction(k, 2)) for k in range(-7, 8)])
    check('fractions', 'round ndigits', lambda m: [round(m.Fraction(12345, 1000), k) for k in range(-3, 4)])
    pi = '3.141592653589793'
    for lim in [1, 2, 7, 10, 100, 1000, 10 ** 6, 10 ** 9]:
        check('fractions', 'limit_denominator(%d)' % lim, lambda m, lim=lim: m.Fraction(pi).limit_denominator(lim))
    check('fractions', 'limit_denominator exact', lambda m: m.Fraction(4321, 8765).limit_denominator(10000))
    check('fractions', 'limit_denominator 0', lambda m: m.Fraction(1, 3).limit_denominator(0))
    check('fractions', 'limit_denominator neg', lambda m: m.Fraction(-1234567, 7654321).limit_denominator(100))
    check('fractions', 'from_float', lambda m: [m.Fraction.from_float(0.1), m.Fraction.from_float(3)])
    check('fractions', 'from_float bad', lambda m: m.Fraction.from_float('1'))
    check('fractions', 'div zero', lambda m: m.Fraction(1, 2) / 0)
    check('fractions', 'div zero F', lambda m: m.Fraction(-3, 2) / m.Fraction(0))
    check('fractions', 'rdiv zero', lambda m: 1 / m.Fraction(0))
    check('fractions', 'pow neg zero', lambda m: m.Fraction(0) ** -2)
    check('fractions', 'pow neg', lambda m: [m.Fraction(-2, 3) ** -3, m.Fraction(2, 3) ** -2, 2 ** m.Fraction(3),
                                             2 ** m.Fraction(-1), 4 ** m.Fraction(1, 2), m.Fraction(4) ** 0.5,
                                             m.Fraction(9, 4) ** m.Fraction(1, 2), 2.0 ** m.Fraction(1, 2)])
    check('fractions', 'compare nan inf', lambda m: [m.Fraction(1) < float('inf'), m.Fraction(1) > float('nan'),
                                                     m.Fraction(1) == float('nan'), m.Fraction(1) < float('-inf')])
    check('fractions', 'compare str', lambda m: m.Fraction(1) < 'a')
    check('fractions', 'eq str', lambda m: m.Fraction(1) == 'a')
    check('fractions', 'sum', lambda m: sum(m.Fraction(1, k) for k in range(1, 30)))
    check('fractions', 'sorted mixed', lambda m: sorted([m.Fraction(1, 3), 0.3, 1, m.Fraction(-1, 2), 0]))
    check('fractions', 'fstring', lambda m: [f'{m.Fraction(3, 4)}', '%s' % m.Fraction(5, 10), repr(m.Fraction(7))])


################################################################################
# statistics
################################################################################

def _stat_datasets():
    import random as cr
    rng = cr.Random(12345)
    sets = {
        'ints': [1, 2, 3, 4, 4],
        'ints odd mean': [1, 2, 3, 4],
        'ints exact mean': [1, 2, 3],
        'floats': [2.5, 3.25, 5.5, 11.25, 11.75],
        'tenths': [0.1] * 10,
        'mixed': [1, 2.5, 3, 4.75],
        'negatives': [-1.5, -3.25, 2.0, 8.5],
        'fractions': 'F',
        'big': [1e308, 1e308, -1e308],
        'tiny': [5e-324, 1e-320, 3e-310],
        'cancel': [1e50, 1, -1e50] * 10,
        'random normal': [rng.gauss(10, 3) for _ in range(101)],
        'random ints': [rng.randrange(1000) for _ in range(200)],
        'random uniform': [rng.random() for _ in range(57)],
        'bools': [True, False, True, True],
        'two': [1.0, 1.0000000000000002],
        'single': [7.5],
        'single int': [7],
        'empty': [],
        'inf': [1.0, float('inf')],
        'nan': [1.0, float('nan'), 2.0],
        'constant': [3.3] * 7,
        'large ints': [10 ** 20 + k for k in range(9)],
    }
    return sets


def _materialize(m, data):
    # 'F' stands for Fractions, made with the statistics module's own Fraction class.
    if data == 'F':
        return [m.Fraction(1, 3), m.Fraction(5, 7), m.Fraction(-2, 9), m.Fraction(11, 4)]
    return data


def check_statistics():
    funcs = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
             'median_grouped', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev', 'variance']
    for label, data in _stat_datasets().items():
        for fname in funcs:
            check('statistics', '%s(%s)' % (fname, label),
                  lambda m, f=fname, d=data: getattr(m, f)(_materialize(m, d)))
            check('statistics', '%s(iter %s)' % (fname, label),
                  lambda m, f=fname, d=data: getattr(m, f)(iter(_materialize(m, d))))
        for n in [1, 2, 4, 10]:
            for method in ['exclusive', 'inclusive']:
                check('statistics', 'quantiles(%s, n=%d, %s)' % (label, n, method),
                      lambda m, d=data, n=n, meth=method: m.quantiles(_materialize(m, d), n=n, method=meth))
        check('statistics', 'variance xbar (%s)' % label, lambda m, d=data: m.variance(_materialize(m, d), 2.5))
        check('statistics', 'pvariance mu (%s)' % label, lambda m, d=data: m.pvariance(_materialize(m, d), 1))
        check('statistics', 'stdev xbar (%s)' % label, lambda m, d=data: m.stdev(_materialize(m, d), 0.5))
        check('statistics', 'pstdev mu (%s)' % label, lambda m, d=data: m.pstdev(_materialize(m, d), 3))
    check('statistics', 'quantiles n=0', lambda m: m.quantiles([1, 2], n=0))
    check('statistics', 'quantiles bad method', lambda m: m.quantiles([1, 2], method='x'))
    check('statistics', 'median_grouped interval', lambda m: [m.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2),
                                                              m.median_grouped([52, 52, 53, 54], 0.5)])
    check('statistics', 'median_grouped str', lambda m: m.median_grouped(['a', 'b'], 1))
    check('statistics', 'mode strings', lambda m: [m.mode('aabbbcc'), m.mode(['red', 'blue', 'red']),
                                                   m.multimode('aabbbcccdd'), m.multimode('')])
    check('statistics', 'harmonic weights', lambda m: m.harmonic_mean([40, 60], weights=[5, 30]))
    check('statistics', 'harmonic zero', lambda m: m.harmonic_mean([1, 0, 2]))
    check('statistics', 'harmonic negative', lambda m: m.harmonic_mean([1, -2, 3]))
    check('statistics', 'harmonic single negative', lambda m: m.harmonic_mean([-2]))
    check('statistics', 'harmonic single str', lambda m: m.harmonic_mean(['a']))
    check('statistics', 'harmonic weight mismatch', lambda m: m.harmonic_mean([1, 2], weights=[1]))
    check('statistics', 'harmonic negative weight', lambda m: m.harmonic_mean([1, 2], weights=[1, -1]))
    check('statistics', 'fmean weights', lambda m: m.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
    check('statistics', 'fmean weights mismatch', lambda m: m.fmean([1, 2], weights=[1]))
    check('statistics', 'fmean weights zero', lambda m: m.fmean([1, 2], weights=[0, 0]))
    check('statistics', 'geometric zero', lambda m: m.geometric_mean([1, 0]))
    check('statistics', 'mean str', lambda m: m.mean(['a', 'b']))
    check('statistics', 'mean fraction float', lambda m: m.mean([m.Fraction(1, 3), 0.5]))
    x = [1.5, 2.0, 3.25, 4.0, 5.5, 7.0]
    y = [2.0, 2.5, 3.0, 5.5, 6.0, 8.25]
    check('statistics', 'covariance', lambda m: m.covariance(x, y))
    check('statistics', 'correlation', lambda m: m.correlation(x, y))
    check('statistics', 'linear_regression', lambda m: tuple(m.linear_regression(x, y)))
    check('statistics', 'linear_regression proportional', lambda m: tuple(m.linear_regression(x, y, proportional=True)))
    check('statistics', 'correlation constant', lambda m: m.correlation([1, 1], [1, 2]))
    check('statistics', 'covariance short', lambda m: m.covariance([1], [1]))
    check('statistics', 'covariance mismatch', lambda m: m.covariance([1, 2], [1]))
    import random as cr
    rng = cr.Random(99)
    for trial in range(40):
        size = rng.randint(2, 60)
        scale = 10.0 ** rng.randint(-8, 8)
        kind = trial % 4
        if kind == 0:
            data = [rng.gauss(0, 1) * scale for _ in range(size)]
        elif kind == 1:
            data = [rng.expovariate(1.0) * scale for _ in range(size)]
        elif kind == 2:
            data = [rng.randrange(-10 ** 6, 10 ** 6) for _ in range(size)]
        else:
            data = [rng.random() * scale + rng.randrange(100) for _ in range(size)]
        for fname in ['mean', 'fmean', 'median', 'pstdev', 'pvariance', 'stdev', 'variance', 'quantiles',
                      'median_grouped', 'geometric_mean', 'harmonic_mean']:
            check('statistics', 'random data #%d %s' % (trial, fname), lambda m, f=fname, d=data: getattr(m, f)(d))
    check('statistics', 'StatisticsError is ValueError', lambda m: issubclass(m.StatisticsError, ValueError))


################################################################################
# json
################################################################################

class Thing:
    pass


def check_json():
    samples = [None, True, False, 0, -5, 2 ** 70, 1.5, -0.0, 1e100, 1e-7, 0.1, 'plain', '',
               'quote " back \\ slash /', 'ctl \x00\x01\x1f\b\f\n\r\t\x7f', 'é ü ß', '€ \u2028 \ufeff',
               '\U0001F600 astral \U00010000 \U0010FFFF', '\ud800 lone', [], {}, [1, [2, [3, []]]],
               {'a': 1, 'b': [1, 2.5, None], 'c': {'d': {}}, 'e': []}, (1, 2), [(), ((),)],
               {'z': 1, 'a': 2, 'm': [3, {'y': 1, 'b': 2}]}, {1: 'int', 2.5: 'float', True: 'bool',
                                                               None: 'none', 'x': 'str', -3: 'neg'},
               [float('nan'), float('inf'), float('-inf')], {float('inf'): 1},
               list(range(50)), {'k%d' % i: i * 0.5 for i in range(20)}]
    option_sets = [{}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'indent': -1}, {'sort_keys': True},
                   {'separators': (',', ':')}, {'ensure_ascii': False}, {'indent': 4, 'sort_keys': True},
                   {'indent': 1, 'separators': (' ,', ' = ')}, {'allow_nan': False},
                   {'allow_nan': False, 'indent': 2}, {'ensure_ascii': False, 'indent': 3}]
    for i, obj in enumerate(samples):
        for opts in option_sets:
            check('json', 'dumps #%d %r' % (i, opts), lambda m, o=obj, k=opts: m.dumps(o, **k))
        check('json', 'roundtrip #%d' % i, lambda m, o=obj: m.loads(m.dumps(o)))
        check('json', 'dump #%d' % i, lambda m, o=obj: _dump_to_string(m, o, indent=None))
    check('json', 'dump allow_nan', lambda m: _dump_to_string(m, [float('nan')], allow_nan=False))
    check('json', 'dumps set', lambda m: m.dumps({1, 2}))
    check('json', 'dumps nested set', lambda m: m.dumps({'a': [1, {2}]}))
    check('json', 'dumps object', lambda m: m.dumps(Thing()))
    check('json', 'dumps default', lambda m: m.dumps({'s': {3, 1, 2}, 't': Thing()},
                                                     default=lambda o: sorted(o) if isinstance(o, set) else 'T'))
    check('json', 'dumps default indent', lambda m: m.dumps([{1, 2}], default=sorted, indent=2))
    check('json', 'bad key', lambda m: m.dumps({(1, 2): 3}))
    check('json', 'bad key indent', lambda m: m.dumps({(1, 2): 3}, indent=1))
    check('json', 'skipkeys', lambda m: [m.dumps({(1, 2): 3, 'a': 1}, skipkeys=True),
                                         m.dumps({(1, 2): 3}, skipkeys=True, indent=2),
                                         m.dumps({'a': 1, (1,): 2, 'b': 3}, skipkeys=True)])
    check('json', 'sort mixed keys', lambda m: m.dumps({1: 2, 'a': 3}, sort_keys=True))

    def circular(m):
        a = []
        a.append(a)
        return m.dumps(a)
    check('json', 'circular list', circular)

    def circular_dict(m):
        a = {}
        a['self'] = a
        return m.dumps(a, indent=2)
    check('json', 'circular dict', circular_dict)
    check('json', 'circular default', lambda m: m.dumps(Thing(), default=lambda o: [o]))
    check('json', 'shared not circular', lambda m: m.dumps([[1], [1]] * 2))

    class Enc:
        pass

    def custom_encoder(m):
        class MyEncoder(m.JSONEncoder):
            def default(self, o):
                if isinstance(o, Thing):
                    return {'thing': True}
                return super().default(o)
        return [m.dumps([Thing()], cls=MyEncoder), MyEncoder(indent=2).encode({'a': Thing()}),
                m.JSONEncoder().encode('é'), ''.join(m.JSONEncoder(sort_keys=True).iterencode({'b': 1, 'a': 2}))]
    check('json', 'JSONEncoder subclass', custom_encoder)

    docs = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E5', '1e-2', '2.5E+3',
            '12345678901234567890', '0.1', '1e400', '-1e400', '"s"', '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"',
            '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83dx"', '"\\ude00"', '"\\ud83d\\u0041"', '"é€😀"',
            '[]', '{}', ' [ 1 , 2 ] ', '\n{"a" : [1, {"b": null}], "c": "d"}\t', '[1,[2,[3,[4]]]]',
            '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
            '"\\u0041\\u0062"', '{"\\u00e9": 1}', ' "x" ',
            # malformed
            '', ' ', '[1,2', '{"a" 1}', '{"a": 1,}', '[1,]', '"abc', '"a\\x"', '"a\nb"', '[1] x', '{1:2}',
            'nul', 'tru', 'fals', '-', '1.', '01', '00', '-01', '.5', '+1', '"\\u12"', '"\\u12g4"',
            '"\\u00"', '"\\u0041', '"\\ud83d\\u12"', '"\\ud83d\\uzzzz"', '{"a":1 "b":2}', '[1 2]', '{',
            '[', '{"a"', '{"a":', '"\\', '[-]', '1e', '1e+', '1.e5', '1.5e', '[1, 2]]', '{"a": 1}}',
            '["a\tb"]', '"\x1f"', '"\x7f"', 'infinity', '-nan', '[,1]', '{,}', '{"a":1,,"b":2}',
            '[1,,2]', '\ufeff[1]', '  \n  x', '[\n  1,\n  2,\n  oops\n]', '{"a": [1, 2}',
            '"\\uD834\\uDD1E"', '1 2', '[true false]', '{"a"\n:\n1}', '"abc\\"', '"\\"']
    for doc in docs:
        check('json', 'loads %r' % doc, lambda m, s=doc: m.loads(s))

    def decode_error_attrs(m):
        try:
            m.loads('[1,\n 2,\n x]')
        except m.JSONDecodeError as e:
            return [e.msg, e.pos, e.lineno, e.colno, e.doc, isinstance(e, ValueError), e.args]
    check('json', 'JSONDecodeError attributes', decode_error_attrs)
    check('json', 'loads hooks', lambda m: [
        m.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())),
        m.loads('{"a": 1, "b": 2}', object_pairs_hook=list),
        m.loads('[1.5, 2, "x"]', parse_float=str, parse_int=lambda s: int(s) * 10),
        m.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower())])
    check('json', 'loads non-strict', lambda m: m.loads('"a\nb\x00"', strict=False))
    check('json', 'loads bytes-like error', lambda m: m.loads(5))
    check('json', 'raw_decode', lambda m: m.JSONDecoder().raw_decode('[1] tail'))
    check('json', 'load', lambda m: m.load(io.StringIO('{"x": [1, 2]}')))
    big = {'rows': [{'id': i, 'name': 'row %d' % i, 'score': i / 7, 'tags': ['a', 'b'][: i % 3],
                     'ok': i % 2 == 0, 'none': None} for i in range(300)]}
    check('json', 'big dumps', lambda m: m.dumps(big))
    check('json', 'big dumps indent', lambda m: m.dumps(big, indent=2, sort_keys=True))
    check('json', 'big roundtrip', lambda m: m.loads(m.dumps(big, indent=1)) == big)


def check_json_fuzz():
    # Mutate valid documents one or two characters at a time and compare the outcomes.
    import random as cr
    rng = cr.Random(2024)
    seeds = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}, "e": []}',
             '[{"k": "v"}, [[]], "\\ud83d\\ude00", 0, -0.5, 1E+3, "x\\"y"]',
             '  {"nested": {"deeper": {"deepest": [1, {"z": null}]}}}  ']
    alphabet = '{}[]:,"\\ \n\t-+.eE0123456789abcdefnrtuxlsINa\x01/'
    for doc in seeds:
        for _ in range(150):
            chars = list(doc)
            for _ in range(rng.randint(1, 2)):
                pos = rng.randrange(len(chars) + 1)
                action = rng.randrange(3)
                if action == 0 and pos < len(chars):
                    del chars[pos]
                elif action == 1:
                    chars.insert(pos, rng.choice(alphabet))
                elif pos < len(chars):
                    chars[pos] = rng.choice(alphabet)
            mutated = ''.join(chars)
            check('json', 'fuzz loads %r' % mutated, lambda m, t=mutated: m.loads(t))


def _dump_to_string(m, obj, **kw):
    buf = io.StringIO()
    m.dump(obj, buf, **kw)
    return buf.getvalue()


################################################################################
# random
################################################################################

def _draws(r):
    """A long, varied sequence of draws from one generator."""
    out = []
    out.append([r.random() for _ in range(5)])
    out.append([r.getrandbits(k) for k in (1, 7, 32, 33, 64, 100, 0)])
    out.append([r.randrange(10) for _ in range(10)])
    out.append([r.randrange(-5, 5) for _ in range(5)])
    out.append([r.randrange(0, 100, 7) for _ in range(5)])
    out.append([r.randrange(100, 0, -3) for _ in range(5)])
    out.append([r.randrange(2 ** 80) for _ in range(3)])
    out.append([r.randint(1, 6) for _ in range(10)])
    out.append([r.randint(-10 ** 20, 10 ** 20) for _ in range(3)])
    out.append([r.choice('abcdefg') for _ in range(10)])
    out.append([r.choice(range(1000)) for _ in range(5)])
    lst = list(range(20))
    r.shuffle(lst)
    out.append(lst)
    words = ['w%d' % i for i in range(7)]
    r.shuffle(words)
    out.append(words)
    out.append(r.sample(range(100), 10))
    out.append(r.sample(range(10 ** 6), 30))
    out.append(r.sample('abcdefghij', 10))
    out.append(r.sample(range(30), 25))
    out.append(r.sample(list(range(500)), 8))
    out.append(r.sample(range(200), 6))
    out.append(r.sample(['red', 'blue'], counts=[4, 2], k=5))
    out.append(r.sample(range(5), 0))
    out.append(r.choices('abc', k=10))
    out.append(r.choices('abc', weights=[10, 1, 0.5], k=10))
    out.append(r.choices(range(4), cum_weights=[1, 5, 6, 10], k=10))
    out.append(r.choices([1, 2], [1, 1]))
    out.append([r.uniform(-3, 7) for _ in range(3)])
    out.append([r.triangular() for _ in range(3)] + [r.triangular(0, 10, 8) for _ in range(3)]
               + [r.triangular(5, 5)])
    out.append([r.gauss() for _ in range(5)])
    out.append([r.gauss(100, 15) for _ in range(3)])
    out.append([r.normalvariate(0, 2) for _ in range(5)])
    out.append([r.lognormvariate(0, 0.5) for _ in range(3)])
    out.append([r.expovariate(1.5) for _ in range(3)])
    out.append([r.vonmisesvariate(1.0, 4.0) for _ in range(3)] + [r.vonmisesvariate(0, 0)])
    out.append([r.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0, 30.0)])
    out.append([r.betavariate(2, 5) for _ in range(3)])
    out.append([r.paretovariate(3) for _ in range(3)])
    out.append([r.weibullvariate(1, 1.5) for _ in range(3)])
    state = r.getstate()
    first = [r.random(), r.gauss()]
    r.setstate(state)
    out.append(first == [r.random(), r.gauss()])
    out.append(r.random())
    return out


def check_random():
    for seed in [0, 1, 42, 2 ** 70, -7, 12345678901234567890, True, 3.5, -2.25, 0.0, 1e300,
                 'hello', '', 'é€😀', 'x' * 300]:
        check('random', 'draws seed %r' % (seed,), lambda m, s=seed: _draws(m.Random(s)))
        if isinstance(seed, str):
            def v1(m, s=seed):
                r = m.Random()
                r.seed(s, version=1)
                return [r.random() for _ in range(3)]
            check('random', 'draws seed v1 %r' % (seed,), v1)

    def module_level(m):
        m.seed(42)
        a = [m.random(), m.randint(1, 100), m.choice('xyz'), m.uniform(1, 2), m.gauss(), m.randrange(5),
             m.getrandbits(20), m.sample(range(10), 3), m.choices('ab', k=3), m.normalvariate(),
             m.expovariate(2), m.triangular()]
        lst = [1, 2, 3, 4, 5]
        m.shuffle(lst)
        st = m.getstate()
        b = m.random()
        m.setstate(st)
        return a, lst, b == m.random()
    check('random', 'module-level functions', module_level)

    def reseed_resets_gauss(m):
        r = m.Random(5)
        r.gauss()
        r.seed(5)
        return [r.gauss(), r.gauss()]
    check('random', 'seed resets gauss', reseed_resets_gauss)

    def os_seeded(m):
        m.seed()
        r = m.Random()
        values = [m.random(), r.random(), m.randrange(10), r.choice('ab')]
        return [0.0 <= values[0] < 1.0, 0.0 <= values[1] < 1.0, values[2] in range(10), values[3] in 'ab']
    check('random', 'seeded from the OS', os_seeded)

    def state_v2(m):
        r = m.Random(3)
        version, internal, g = r.getstate()
        signed = tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in internal[:-1]) + (internal[-1],)
        r2 = m.Random()
        r2.setstate((2, signed, None))
        return r2.random() == r.random()
    check('random', 'setstate version 2', state_v2)
    check('random', 'setstate bad version', lambda m: m.Random().setstate((9, (), None)))
    check('random', 'seed bad type', lambda m: m.Random([1]))
    check('random', 'getstate shape', lambda m: (m.Random(1).getstate()[0], len(m.Random(1).getstate()[1])))
    errors = [
        ('randrange(0)', lambda r: r.randrange(0)),
        ('randrange(-3)', lambda r: r.randrange(-3)),
        ('randrange(5, 5)', lambda r: r.randrange(5, 5)),
        ('randrange(5, 2)', lambda r: r.randrange(5, 2)),
        ('randrange(0, 10, 0)', lambda r: r.randrange(0, 10, 0)),
        ('randrange(0, 10, -1)', lambda r: r.randrange(0, 10, -1)),
        ('randrange(10, None, 2)', lambda r: r.randrange(10, None, 2)),
        ('randrange(2.5)', lambda r: r.randrange(2.5)),
        ('randrange(0, 2.5)', lambda r: r.randrange(0, 2.5)),
        ('randrange(0, 10, 1.5)', lambda r: r.randrange(0, 10, 1.5)),
        ('randrange(10.0)', lambda r: r.randrange(10.0)),
        ('randrange("5")', lambda r: r.randrange('5')),
        ('randint(3, 1)', lambda r: r.randint(3, 1)),
        ('choice([])', lambda r: r.choice([])),
        ('sample set', lambda r: r.sample({1, 2}, 1)),
        ('sample dict', lambda r: r.sample({1: 2}, 1)),
        ('sample too many', lambda r: r.sample([1, 2], 3)),
        ('sample negative', lambda r: r.sample([1, 2], -1)),
        ('sample counts mismatch', lambda r: r.sample('ab', 1, counts=[1])),
        ('sample counts float', lambda r: r.sample('ab', 1, counts=[1, 1.5])),
        ('sample counts zero', lambda r: r.sample('ab', 1, counts=[0, 0])),
        ('choices both', lambda r: r.choices('ab', [1, 1], cum_weights=[1, 2])),
        ('choices k positional', lambda r: r.choices('ab', 3)),
        ('choices mismatch', lambda r: r.choices('ab', [1])),
        ('choices zero', lambda r: r.choices('ab', [0, 0])),
        ('choices inf', lambda r: r.choices('ab', [1, float('inf')])),
        ('gammavariate bad', lambda r: r.gammavariate(0, 1)),
        ('triangular same', lambda r: r.triangular(1, 1, 1)),
        ('getrandbits negative', lambda r: r.getrandbits(-1)),
    ]
    for label, f in errors:
        check('random', label, lambda m, f=f: f(m.Random(1)))
    for seed in [0, 1, 42, 2 ** 70]:
        def many(m, s=seed):
            r = m.Random(s)
            return [r.randrange(1, 10 ** k) for k in range(1, 40)] + r.sample(range(10 ** 9), 50)
        check('random', 'many ranges seed %r' % seed, many)

    # str seeds go through a pure-Python SHA-512: check the digest against hashlib.
    import hashlib
    sha = PRISM['random']._sha512
    for text in ['', 'abc', 'x' * 111, 'y' * 112, 'z' * 128, 'é€😀' * 50]:
        raw = text.encode()
        check_value('random', 'sha512 %r' % text[:10], bytes(sha(list(raw))), hashlib.sha512(raw).digest())


################################################################################
# conformance corpus programs, run with the Prism modules
################################################################################

# Installs the Prism modules under their plain names, then runs the program as __main__.
_CORPUS_SHIM = """
import builtins, importlib.util, sys
for name in %r:
    spec = importlib.util.spec_from_file_location(name, %r + '/' + name + '.py')
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
sys.argv = [sys.argv[1]]
with open(sys.argv[0], encoding='utf-8') as f:
    code = compile(f.read(), sys.argv[0], 'exec')
exec(code, {'__name__': '__main__', '__file__': sys.argv[0], '__builtins__': builtins})
"""


def _last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ''


def check_corpus():
    if SELECTED and 'corpus' not in SELECTED:
        return
    pattern = re.compile(r'^\s*(import|from)\s+(%s)\b' % '|'.join(ORDER), re.MULTILINE)
    shim = _CORPUS_SHIM % (ORDER, str(STDLIB))
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
    for program in sorted(CORPUS.rglob('*.py')):
        if not pattern.search(program.read_text(encoding='utf-8')):
            continue
        stats = RESULTS.setdefault('corpus', [0, 0])
        stats[0] += 1
        stdin = program.with_suffix('.stdin')
        with tempfile.TemporaryDirectory() as cwd:
            run = subprocess.run([sys.executable, '-c', shim, str(program)], cwd=cwd, env=env, timeout=60,
                                 input=stdin.read_bytes() if stdin.exists() else b'', capture_output=True)
        expected = program.with_suffix('.expected').read_bytes()
        status_file = program.with_suffix('.status')
        if status_file.exists():
            want_status = status_file.read_text(encoding='utf-8').rstrip('\n')
        else:
            want_status = 'exit=0'
        if run.returncode == 0:
            got_status = 'exit=0'
        else:
            got_status = 'exit=%d\nstderr_last=%s' % (
                run.returncode, _last_nonempty_line(run.stderr.decode('utf-8', 'replace')))
        label = str(program.relative_to(CORPUS))
        if run.stdout != expected or got_status != want_status:
            stats[1] += 1
            FAILURES.append('corpus: %s\n    status: %s (want %s)\n    stdout differs: %s\n    stderr: %s' % (
                label, got_status, want_status, run.stdout != expected,
                run.stderr.decode('utf-8', 'replace')[-600:]))
        elif VERBOSE:
            print('ok corpus: %s' % label)


################################################################################

CHECKS = [check_operator, check_bisect, check_heapq, check_string, check_typing, check_itertools,
          check_collections, check_functools, check_copy, check_fractions, check_statistics, check_json,
          check_json_fuzz, check_random, check_corpus]


def main():
    warnings.simplefilter('ignore', DeprecationWarning)   # CPython's randrange(10.0) warns
    load_prism_modules()
    for run in CHECKS:
        run()
    total = sum(c for c, _ in RESULTS.values())
    failed = sum(f for _, f in RESULTS.values())
    for failure in FAILURES:
        print('FAIL ' + failure)
    print()
    for name in ORDER + ['corpus']:
        if name in RESULTS:
            checks, fails = RESULTS[name]
            print('%-12s %5d checks  %s' % (name, checks, 'ok' if not fails else '%d FAILED' % fails))
    print('%d checks, %d failed' % (total, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
