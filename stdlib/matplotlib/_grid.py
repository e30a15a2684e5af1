"""AxesArray: the grid of axes ``subplots`` returns, indexed like a numpy object array."""


def _normalize_index(index, size, axis):
    if isinstance(index, bool) or not isinstance(index, int):
        raise IndexError("only integers, slices (`:`) and tuples of them are valid indices")
    if not -size <= index < size:
        raise IndexError(f"index {index} is out of bounds for axis {axis} with size {size}")
    return index + size if index < 0 else index


def _select(key, size, axis):
    """(positions, keeps_dimension) that ``key`` selects along an axis of ``size`` items."""
    if isinstance(key, slice):
        return list(range(size))[key], True
    return [_normalize_index(key, size, axis)], False


class AxesArray:
    """A 1-D or 2-D array of Axes: ``a[i]``, ``a[i][j]``, ``a[i, j]``, slices, ``len``,
    iteration over the first dimension, ``flat``, ``ravel()``, ``flatten()`` and ``shape``."""

    def __init__(self, items, shape):
        self._items = list(items)
        self.shape = tuple(shape)
        count = 1
        for dimension in self.shape:
            count *= dimension
        if count != len(self._items):
            raise ValueError(f"cannot reshape array of size {len(self._items)} into shape {self.shape}")

    @property
    def ndim(self):
        """The number of dimensions (1 or 2)."""
        return len(self.shape)

    @property
    def size(self):
        """The number of axes in the array."""
        return len(self._items)

    @property
    def flat(self):
        """All axes in row-major order, as a list."""
        return list(self._items)

    def ravel(self):
        """A 1-D AxesArray of all axes in row-major order."""
        return AxesArray(self._items, (len(self._items),))

    def flatten(self):
        """A 1-D AxesArray of all axes in row-major order."""
        return self.ravel()

    def tolist(self):
        """Nested lists of the axes."""
        if self.ndim == 1:
            return list(self._items)
        columns = self.shape[1]
        return [self._items[r * columns:(r + 1) * columns] for r in range(self.shape[0])]

    def reshape(self, *shape):
        """The same axes in another shape (a tuple or separate sizes; -1 is inferred)."""
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        if -1 in shape:
            known = 1
            for dimension in shape:
                if dimension != -1:
                    known *= dimension
            shape = tuple(len(self._items) // known if d == -1 else d for d in shape)
        return AxesArray(self._items, shape)

    def __len__(self):
        return self.shape[0]

    def __iter__(self):
        for index in range(self.shape[0]):
            yield self[index]

    def __getitem__(self, key):
        keys = key if isinstance(key, tuple) else (key,)
        if len(keys) > self.ndim:
            raise IndexError(f"too many indices for array: array is {self.ndim}-dimensional, "
                             f"but {len(keys)} were indexed")
        keys = keys + (slice(None),) * (self.ndim - len(keys))
        if self.ndim == 1:
            positions, keep = _select(keys[0], self.shape[0], 0)
            items = [self._items[p] for p in positions]
            return AxesArray(items, (len(items),)) if keep else items[0]
        rows, keep_rows = _select(keys[0], self.shape[0], 0)
        columns, keep_columns = _select(keys[1], self.shape[1], 1)
        items = [self._items[r * self.shape[1] + c] for r in rows for c in columns]
        shape = [len(rows)] if keep_rows else []
        shape += [len(columns)] if keep_columns else []
        return AxesArray(items, shape) if shape else items[0]

    def __repr__(self):
        if self.ndim == 1:
            return "array([" + ", ".join(repr(a) for a in self._items) + "], dtype=object)"
        rows = ["[" + ", ".join(repr(a) for a in row) + "]" for row in self.tolist()]
        return "array([" + ",\n       ".join(rows) + "], dtype=object)"
