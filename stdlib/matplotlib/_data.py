"""Turning plotting arguments into lists: sequences, broadcasting and plot() argument groups."""


def as_list(values):
    """``values`` as a list: sequences and iterables element-wise, a scalar (or string) as one item."""
    if values is None or isinstance(values, (str, int, float)):
        return [values]
    try:
        return list(values)
    except TypeError:
        raise TypeError(f"expected a number or a sequence, not {type(values).__name__!r}") from None


def shape_text(values):
    """numpy's way of writing a 1-D shape, ``(n,)``."""
    return f"({len(values)},)"


def broadcast(*columns):
    """Lists of equal length from lists of length n or 1 (a single item is repeated)."""
    length = max(len(column) for column in columns)
    for index, column in enumerate(columns):
        if len(column) not in (1, length):
            longest = [len(c) for c in columns].index(length)
            first, second = min(index, longest), max(index, longest)
            raise ValueError(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                f"between arg {first} with shape {shape_text(columns[first])} "
                f"and arg {second} with shape {shape_text(columns[second])}.")
    return [column * length if len(column) == 1 else column for column in columns]


def split_plot_arguments(args):
    """``plot``'s positional arguments as (x or None, y, fmt or None) groups.

    Accepts ``y``, ``y, fmt``, ``x, y``, ``x, y, fmt`` and repetitions of those.
    """
    groups = []
    index = 0
    while index < len(args):
        first = args[index]
        if isinstance(first, str):
            raise ValueError(f"plot() got a format string {first!r} where data was expected")
        following = args[index + 1] if index + 1 < len(args) else None
        if following is None or isinstance(following, str):
            groups.append((None, first, following))
            index += 1 if following is None else 2
            continue
        fmt = args[index + 2] if index + 2 < len(args) and isinstance(args[index + 2], str) else None
        groups.append((first, following, fmt))
        index += 2 if fmt is None else 3
    return groups
