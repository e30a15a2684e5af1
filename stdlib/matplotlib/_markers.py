"""Marker shapes: which codes exist and the SVG geometry of one marker at a pixel position."""

from ._svg import fmt_number, polygon_path

# Polygon outlines on a unit circle (y up); scaled by half the marker size when drawn.
_POLYGONS = {
    "s": [(-1.0, 1.0), (1.0, 1.0), (1.0, -1.0), (-1.0, -1.0)],
    "D": [(0.0, 1.0), (-1.0, 0.0), (0.0, -1.0), (1.0, 0.0)],
    "d": [(0.0, 1.0), (-0.6, 0.0), (0.0, -1.0), (0.6, 0.0)],
    "^": [(0.0, 1.0), (-1.0, -1.0), (1.0, -1.0)],
    "v": [(0.0, -1.0), (-1.0, 1.0), (1.0, 1.0)],
    "<": [(-1.0, 0.0), (1.0, 1.0), (1.0, -1.0)],
    ">": [(1.0, 0.0), (-1.0, 1.0), (-1.0, -1.0)],
    "p": [(0.0, 1.0), (-0.9511, 0.309), (-0.5878, -0.809), (0.5878, -0.809), (0.9511, 0.309)],
    "h": [(0.0, 1.0), (-0.866, 0.5), (-0.866, -0.5), (0.0, -1.0), (0.866, -0.5), (0.866, 0.5)],
    "*": [(0.0, 1.0), (-0.2245, 0.309), (-0.9511, 0.309), (-0.3633, -0.118), (-0.5878, -0.809),
          (0.0, -0.382), (0.5878, -0.809), (0.3633, -0.118), (0.9511, 0.309), (0.2245, 0.309)],
}

# Markers drawn as strokes only: segments between unit points.
_STROKES = {
    "+": [((-1.0, 0.0), (1.0, 0.0)), ((0.0, -1.0), (0.0, 1.0))],
    "x": [((-0.7071, -0.7071), (0.7071, 0.7071)), ((-0.7071, 0.7071), (0.7071, -0.7071))],
    "|": [((0.0, -1.0), (0.0, 1.0))],
    "_": [((-1.0, 0.0), (1.0, 0.0))],
}

MARKER_CODES = ["o", ".", ","] + list(_POLYGONS) + list(_STROKES)
NO_MARKER = ["None", "none", "", " "]


def check_marker(marker):
    """``marker`` if it is a known marker code, None for "no marker", else a ValueError."""
    if marker is None or marker in NO_MARKER:
        return None
    if marker not in MARKER_CODES:
        raise ValueError(f"Unrecognized marker style {marker!r}")
    return marker


def is_stroked_only(marker):
    """Whether ``marker`` is drawn with lines only (``+ x | _``), so its colour is a stroke."""
    return marker in _STROKES


def _path_between(x, y, radius, segments):
    parts = []
    for (x0, y0), (x1, y1) in segments:
        parts.append(f"M{fmt_number(x + x0 * radius)} {fmt_number(y - y0 * radius)}"
                     f"L{fmt_number(x + x1 * radius)} {fmt_number(y - y1 * radius)}")
    return "".join(parts)


def marker_geometry(marker, x, y, size):
    """(tag, attribute pairs) drawing ``marker`` centred on pixel (x, y), ``size`` pixels across.

    Styling (fill and stroke) is left to the caller, usually on an enclosing group.
    """
    radius = size / 2
    if marker == "o":
        return "circle", [("cx", x), ("cy", y), ("r", radius)]
    if marker == ".":
        return "circle", [("cx", x), ("cy", y), ("r", radius / 2)]
    if marker == ",":
        return "rect", [("x", x - 0.5), ("y", y - 0.5), ("width", 1), ("height", 1)]
    if marker in _POLYGONS:
        points = [(x + ux * radius, y - uy * radius) for ux, uy in _POLYGONS[marker]]
        return "path", [("d", polygon_path(points))]
    return "path", [("d", _path_between(x, y, radius, _STROKES[marker]))]
