"""Legends: the box listing labelled artists with their swatches, and where to put it."""

from ._text import draw_text, plain_text, text_width
from ._transforms import Box

# Location codes, as matplotlib numbers them (the position in this list).
LOCATIONS = ["best", "upper right", "upper left", "lower left", "lower right", "right",
             "center left", "center right", "lower center", "upper center", "center"]

# Sizes in multiples of the legend font size.
BORDER_PAD = 0.4
LABEL_SPACING = 0.5
HANDLE_LENGTH = 2.0
HANDLE_HEIGHT = 0.7
HANDLE_TEXT_PAD = 0.8
BORDER_AXES_PAD = 0.5
COLUMN_SPACING = 2.0


def check_location(loc):
    """The location name for ``loc`` (a name or matplotlib's code 0-10), or a ValueError."""
    if isinstance(loc, int) and not isinstance(loc, bool) and 0 <= loc < len(LOCATIONS):
        return LOCATIONS[loc]
    if isinstance(loc, str) and loc in LOCATIONS:
        return loc
    supported = ", ".join(repr(name) for name in LOCATIONS)
    raise ValueError(f"{loc!r} is not a valid value for loc; supported values are {supported}")


def _segment_hits_box(start, end, box):
    """Whether the segment from ``start`` to ``end`` passes through ``box`` (Liang-Barsky)."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    enter, leave = 0.0, 1.0
    for p, q in ((-dx, x0 - box.left), (dx, box.right - x0), (-dy, y0 - box.top),
                 (dy, box.bottom - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            enter = max(enter, t)
        else:
            leave = min(leave, t)
        if enter > leave:
            return False
    return True


def _segments_hitting(segments, box):
    """How many segments pass through ``box``; most are ruled out by their bounding boxes."""
    left, right, top, bottom = box.left, box.right, box.top, box.bottom
    count = 0
    for start, end in segments:
        (x0, y0), (x1, y1) = start, end
        if (x0 < left and x1 < left) or (x0 > right and x1 > right):
            continue
        if (y0 < top and y1 < top) or (y0 > bottom and y1 > bottom):
            continue
        if _segment_hits_box(start, end, box):
            count += 1
    return count


def _badness(box, occupied):
    """How much data a legend at ``box`` would hide: points, line segments and patches under it."""
    points, segments, boxes = occupied
    left, right, top, bottom = box.left, box.right, box.top, box.bottom
    count = 0
    for x, y in points:
        if left <= x <= right and top <= y <= bottom:
            count += 1
    count += _segments_hitting(segments, box)
    count += sum(1 for other in boxes if box.overlaps(other))
    return count


class Legend:
    """A legend of an axes: (handle, label) entries in a framed box at a location."""

    def __init__(self, handles, labels, loc="best", title=None, frameon=True, fontsize=10.0,
                 ncols=1):
        self.legend_handles = list(handles)
        self._labels = [str(label) for label in labels]
        self._loc = check_location(loc)
        self._title = None if title is None else str(title)
        self._frameon = frameon
        self._fontsize = float(fontsize)
        self._ncols = max(1, int(ncols))

    def get_texts(self):
        """The entry labels, in order."""
        return list(self._labels)

    def get_title(self):
        """The legend title ('' when there is none)."""
        return self._title or ""

    def _columns(self):
        per_column = -(-len(self._labels) // self._ncols)
        indices = list(range(len(self._labels)))
        return [indices[i:i + per_column] for i in range(0, len(indices), per_column)]

    def _column_widths(self, size):
        return [max(text_width(plain_text(self._labels[i]), size) for i in column)
                + (HANDLE_LENGTH + HANDLE_TEXT_PAD) * size for column in self._columns()]

    def _title_height(self, size):
        return (size + LABEL_SPACING * size) if self._title else 0.0

    def _size(self, size):
        columns = self._columns()
        width = sum(self._column_widths(size)) + COLUMN_SPACING * size * (len(columns) - 1)
        if self._title:
            width = max(width, text_width(plain_text(self._title), size))
        rows = max(len(column) for column in columns)
        height = rows * size + (rows - 1) * LABEL_SPACING * size + self._title_height(size)
        return width + 2 * BORDER_PAD * size, height + 2 * BORDER_PAD * size

    def _box_at(self, loc, axes_box, width, height, size):
        pad = BORDER_AXES_PAD * size
        if loc in ("upper left", "center left", "lower left"):
            left = axes_box.left + pad
        elif loc in ("upper center", "center", "lower center"):
            left = axes_box.left + (axes_box.width - width) / 2
        else:
            left = axes_box.right - pad - width
        if loc in ("upper left", "upper center", "upper right"):
            top = axes_box.top + pad
        elif loc in ("lower left", "lower center", "lower right"):
            top = axes_box.bottom - pad - height
        else:
            top = axes_box.top + (axes_box.height - height) / 2
        return Box(left, top, width, height)

    def _place(self, axes_box, width, height, size, find_occupied):
        if self._loc != "best":
            return self._box_at(self._loc, axes_box, width, height, size)
        occupied = find_occupied()
        best = None
        best_badness = None
        for loc in LOCATIONS[1:]:
            box = self._box_at(loc, axes_box, width, height, size)
            badness = _badness(box, occupied)
            if best is None or badness < best_badness:
                best, best_badness = box, badness
        return best

    def draw(self, doc, axes_box, dpi, find_occupied):
        """Draws the legend inside ``axes_box``; for ``loc="best"``, where it hides the least of
        the data that ``find_occupied()`` returns (pixel points, segments and boxes)."""
        if not self._labels:
            return
        size = self._fontsize * dpi / 72
        width, height = self._size(size)
        box = self._place(axes_box, width, height, size, find_occupied)
        if self._frameon:
            doc.element("rect", [("x", box.left), ("y", box.top), ("width", width),
                                 ("height", height), ("rx", 0.2 * size), ("fill", "#ffffff"),
                                 ("fill-opacity", 0.8), ("stroke", "#cccccc"),
                                 ("stroke-width", dpi / 72)])
        top = box.top + BORDER_PAD * size
        if self._title:
            draw_text(doc, box.left + width / 2, top, plain_text(self._title), size,
                      ha="center", va="top")
            top += self._title_height(size)
        self._draw_entries(doc, box.left + BORDER_PAD * size, top, size, dpi)

    def _draw_entries(self, doc, left, top, size, dpi):
        widths = self._column_widths(size)
        for column, indices in enumerate(self._columns()):
            for row, index in enumerate(indices):
                center_y = top + row * (1 + LABEL_SPACING) * size + size / 2
                handle = self.legend_handles[index]
                handle.draw_handle(doc, left, center_y, HANDLE_LENGTH * size,
                                   HANDLE_HEIGHT * size, dpi)
                draw_text(doc, left + (HANDLE_LENGTH + HANDLE_TEXT_PAD) * size, center_y,
                          plain_text(self._labels[index]), size, ha="left", va="center")
            left += widths[column] + COLUMN_SPACING * size
