"""Window specifications (pyspark.sql.Window)."""


def _flatten(cols):
    if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
        return list(cols[0])
    return list(cols)


class WindowSpec:
    """PARTITION BY, ORDER BY and a frame."""

    def __init__(self, partition=None, order=None, frame=None):
        self._partition = partition or []
        self._order = order or []
        self._frame = frame

    def partitionBy(self, *cols):
        return WindowSpec(_flatten(cols), self._order, self._frame)

    def orderBy(self, *cols):
        return WindowSpec(self._partition, _flatten(cols), self._frame)

    def rowsBetween(self, start, end):
        return WindowSpec(self._partition, self._order, ("rows", _bound(start), _bound(end)))

    def rangeBetween(self, start, end):
        return WindowSpec(self._partition, self._order, ("range", _bound(start), _bound(end)))


def _bound(value):
    if value <= Window.unboundedPreceding or value >= Window.unboundedFollowing:
        return None
    return int(value)


class Window:
    """Builders of WindowSpecs: Window.partitionBy("year").orderBy(F.col("fare").desc())."""
    unboundedPreceding = -(1 << 63)
    unboundedFollowing = (1 << 63) - 1
    currentRow = 0

    @staticmethod
    def partitionBy(*cols):
        return WindowSpec(_flatten(cols))

    @staticmethod
    def orderBy(*cols):
        return WindowSpec(None, _flatten(cols))

    @staticmethod
    def rowsBetween(start, end):
        return WindowSpec().rowsBetween(start, end)

    @staticmethod
    def rangeBetween(start, end):
        return WindowSpec().rangeBetween(start, end)
