"""What is drawn inside an axes: lines, scatter collections, rectangles, polygons and text.

Artists hold data coordinates; they turn them into pixels only when drawn, through the
``DataTransform`` of the axes that owns them.
"""

import math

from ._colors import opacity, to_hex, to_rgba
from ._markers import is_stroked_only, marker_geometry
from ._styles import dash_array
from ._svg import points_path, polygon_path
from ._text import check_alignment, draw_text, plain_text
from ._transforms import Box


def _finite_runs(points):
    """The maximal runs of consecutive points whose coordinates are finite."""
    runs = []
    current = []
    for x, y in points:
        if math.isfinite(x) and math.isfinite(y):
            current.append((x, y))
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _fill_pairs(rgba):
    """SVG fill attributes for an RGBA colour (a transparent one fills nothing)."""
    if rgba[3] == 0:
        return [("fill", "none")]
    return [("fill", to_hex(rgba)), ("fill-opacity", opacity(rgba))]


def _stroke_pairs(rgba, width):
    """SVG stroke attributes for an RGBA colour (None or transparent: no stroke) and a width."""
    if rgba is None or rgba[3] == 0 or width <= 0:
        return [("stroke", "none")]
    return [("stroke", to_hex(rgba)), ("stroke-opacity", opacity(rgba)), ("stroke-width", width)]


class Artist:
    """Base of everything drawn in an axes: a label, a z-order and data extents."""

    zorder = 2.0

    def __init__(self, label=None):
        self._label = None if label is None else str(label)
        self.sticky_x = []
        self.sticky_y = []

    def get_label(self):
        """The label shown in a legend (None when there is none)."""
        return self._label

    def set_label(self, label):
        """Sets the legend label; labels starting with ``_`` are left out of legends."""
        self._label = None if label is None else str(label)

    def legend_label(self):
        """The label to show in a legend, or None when this artist has no legend entry."""
        if self._label is None or self._label.startswith("_"):
            return None
        return self._label

    def get_zorder(self):
        """The drawing order: lower z-orders are drawn first."""
        return self.zorder

    def x_extent(self):
        """Data x values the autoscaled view must show."""
        return []

    def y_extent(self):
        """Data y values the autoscaled view must show."""
        return []

    def occupied(self, transform):
        """(pixel points, pixel segments, pixel boxes) covered, to keep legends off the data."""
        return [], [], []

    def draw(self, doc, transform):
        """Writes this artist's SVG elements."""
        raise NotImplementedError

    def draw_handle(self, doc, left, center_y, width, height, dpi):
        """Draws the legend swatch in the handle area starting at ``left``."""


class Line2D(Artist):
    """A polyline through data points, with optional markers (what ``plot`` makes)."""

    zorder = 2.0

    def __init__(self, xdata, ydata, color, linestyle="-", linewidth=1.5, marker=None,
                 markersize=6.0, alpha=None, label=None, markerfacecolor=None,
                 markeredgecolor=None, markeredgewidth=1.0):
        super().__init__(label)
        self._x = list(xdata)
        self._y = list(ydata)
        self._color = color
        self._rgba = to_rgba(color, alpha)
        self._alpha = alpha
        self._linestyle = linestyle
        self._linewidth = float(linewidth)
        self._marker = marker
        self._markersize = float(markersize)
        self._face = to_rgba(markerfacecolor, alpha) if markerfacecolor is not None else self._rgba
        self._edge = to_rgba(markeredgecolor, alpha) if markeredgecolor is not None else self._rgba
        self._edgewidth = float(markeredgewidth)

    def get_xdata(self):
        """The x values, as a list."""
        return list(self._x)

    def get_ydata(self):
        """The y values, as a list."""
        return list(self._y)

    def get_color(self):
        """The colour as it was given (or picked from the colour cycle)."""
        return self._color

    def get_linestyle(self):
        """The line style: one of ``- -- -. :`` or ``None``."""
        return self._linestyle

    def get_linewidth(self):
        """The line width in points."""
        return self._linewidth

    def get_marker(self):
        """The marker code, or ``"None"``."""
        return self._marker if self._marker is not None else "None"

    def x_extent(self):
        """The line's x values."""
        return self._x

    def y_extent(self):
        """The line's y values."""
        return self._y

    def _pixel_points(self, transform):
        return [transform.point(x, y) for x, y in zip(self._x, self._y)]

    def occupied(self, transform):
        """The line's vertices and, unless it has no line style, its segments."""
        runs = _finite_runs(self._pixel_points(transform))
        points = [p for run in runs for p in run]
        segments = []
        if self._linestyle != "None":
            for run in runs:
                segments.extend(zip(run, run[1:]))
        return points, segments, []

    def _draw_line(self, doc, runs, dpi):
        if self._linestyle == "None" or self._linewidth <= 0:
            return
        width = self._linewidth * dpi / 72
        cap = "square" if self._linestyle == "-" else "butt"
        for run in runs:
            if len(run) < 2:
                continue
            doc.element("path", [("d", points_path(run)), ("fill", "none")]
                        + _stroke_pairs(self._rgba, width)
                        + [("stroke-dasharray", dash_array(self._linestyle, width)),
                           ("stroke-linecap", cap)])

    def _marker_style(self, dpi):
        edge_width = self._edgewidth * dpi / 72
        if is_stroked_only(self._marker):
            return [("fill", "none")] + _stroke_pairs(self._edge, max(edge_width, 1.0))
        return _fill_pairs(self._face) + _stroke_pairs(self._edge, edge_width)

    def _draw_markers(self, doc, pixel_points, dpi):
        if self._marker is None or not pixel_points:
            return
        size = self._markersize * dpi / 72
        doc.open_group(self._marker_style(dpi))
        for x, y in pixel_points:
            tag, pairs = marker_geometry(self._marker, x, y, size)
            doc.element(tag, pairs)
        doc.close_group()

    def draw(self, doc, transform):
        """Draws the line (split at non-finite points), then its markers."""
        runs = _finite_runs(self._pixel_points(transform))
        self._draw_line(doc, runs, transform.dpi)
        self._draw_markers(doc, [p for run in runs for p in run], transform.dpi)

    def draw_handle(self, doc, left, center_y, width, height, dpi):
        """A short stretch of the line with one marker in its middle."""
        self._draw_line(doc, [[(left, center_y), (left + width, center_y)]], dpi)
        self._draw_markers(doc, [(left + width / 2, center_y)], dpi)


class ReferenceLine(Line2D):
    """A horizontal or vertical line across the axes (``axhline`` / ``axvline``).

    It sits at a data coordinate on one axis and spans a fraction range of the other.
    """

    def __init__(self, horizontal, position, span, color, **style):
        low, high = span
        if horizontal:
            super().__init__([low, high], [position, position], color, **style)
        else:
            super().__init__([position, position], [low, high], color, **style)
        self._horizontal = horizontal

    def x_extent(self):
        """The x position of a vertical line; nothing for a horizontal one."""
        return [] if self._horizontal else self._x[:1]

    def y_extent(self):
        """The y position of a horizontal line; nothing for a vertical one."""
        return self._y[:1] if self._horizontal else []

    def _pixel_points(self, transform):
        if self._horizontal:
            y = transform.y(self._y[0])
            return [(transform.axes_x(self._x[0]), y), (transform.axes_x(self._x[1]), y)]
        x = transform.x(self._x[0])
        return [(x, transform.axes_y(self._y[0])), (x, transform.axes_y(self._y[1]))]


class PathCollection(Artist):
    """Markers of individual sizes and colours at data points (what ``scatter`` makes)."""

    zorder = 1.0

    def __init__(self, x, y, sizes, facecolors, marker="o", edgecolors=None, linewidths=1.0,
                 label=None):
        super().__init__(label)
        self._x = list(x)
        self._y = list(y)
        self._sizes = list(sizes)
        self._faces = list(facecolors)
        self._marker = marker
        self._edges = edgecolors
        self._linewidth = float(linewidths)

    def get_offsets(self):
        """The data points, as a list of (x, y) pairs."""
        return list(zip(self._x, self._y))

    def get_sizes(self):
        """The marker areas in points squared."""
        return list(self._sizes)

    def get_facecolors(self):
        """The face colours as RGBA tuples."""
        return list(self._faces)

    def x_extent(self):
        """The points' x values."""
        return self._x

    def y_extent(self):
        """The points' y values."""
        return self._y

    def occupied(self, transform):
        """The points' pixel positions."""
        points = [transform.point(x, y) for x, y in zip(self._x, self._y)
                  if math.isfinite(x) and math.isfinite(y)]
        return points, [], []

    def _style(self, face, dpi):
        width = self._linewidth * dpi / 72
        if is_stroked_only(self._marker):
            return [("fill", "none")] + _stroke_pairs(face, max(width, 1.0))
        edge = None if self._edges is None else self._edges
        return _fill_pairs(face) + _stroke_pairs(edge, width)

    def _size_px(self, area, dpi):
        return math.sqrt(max(area, 0.0)) * dpi / 72

    def _pick(self, values, index):
        return values[index] if len(values) > 1 else values[0]

    def draw(self, doc, transform):
        """One marker per finite point, styled once when all share a colour."""
        dpi = transform.dpi
        uniform = len(self._faces) == 1
        if uniform:
            doc.open_group(self._style(self._faces[0], dpi))
        for index, (x, y) in enumerate(zip(self._x, self._y)):
            if not (math.isfinite(x) and math.isfinite(y)):
                continue
            size = self._size_px(self._pick(self._sizes, index), dpi)
            tag, pairs = marker_geometry(self._marker, transform.x(x), transform.y(y), size)
            if not uniform:
                pairs = pairs + self._style(self._faces[index], dpi)
            doc.element(tag, pairs)
        if uniform:
            doc.close_group()

    def draw_handle(self, doc, left, center_y, width, height, dpi):
        """One marker, in the first point's colour and size (capped)."""
        size = min(self._size_px(self._sizes[0], dpi), height * 1.5)
        tag, pairs = marker_geometry(self._marker, left + width / 2, center_y, size)
        doc.element(tag, pairs + self._style(self._faces[0], dpi))


class BarContainer(list):
    """The rectangles made by one ``bar``/``barh`` call (a list), with the call's label."""

    def __init__(self, patches, label=None):
        super().__init__(patches)
        self.patches = list(patches)
        self._label = None if label is None else str(label)

    def get_label(self):
        """The label shown in a legend (None when there is none)."""
        return self._label

    def set_label(self, label):
        """Sets the legend label; labels starting with ``_`` are left out of legends."""
        self._label = None if label is None else str(label)

    def legend_label(self):
        """The label to show in a legend, or None."""
        if self._label is None or self._label.startswith("_"):
            return None
        return self._label

    def draw_handle(self, doc, left, center_y, width, height, dpi):
        """The legend swatch: the first bar's colours."""
        if self.patches:
            self.patches[0].draw_handle(doc, left, center_y, width, height, dpi)


class Rectangle(Artist):
    """A filled rectangle in data coordinates (a bar, or a histogram bin)."""

    zorder = 1.0

    def __init__(self, xy, width, height, facecolor, edgecolor=None, linewidth=0.0, label=None):
        super().__init__(label)
        self._x, self._y = xy
        self._width = width
        self._height = height
        self._face = facecolor
        self._edge = edgecolor
        self._linewidth = float(linewidth)

    def get_x(self):
        """The left edge (data x)."""
        return self._x

    def get_y(self):
        """The bottom edge (data y)."""
        return self._y

    def get_xy(self):
        """The (x, y) corner the rectangle grows from."""
        return (self._x, self._y)

    def get_width(self):
        """The width in data units."""
        return self._width

    def get_height(self):
        """The height in data units."""
        return self._height

    def get_facecolor(self):
        """The fill colour as an RGBA tuple."""
        return self._face

    def x_extent(self):
        """The left and right edges."""
        return [self._x, self._x + self._width]

    def y_extent(self):
        """The bottom and top edges."""
        return [self._y, self._y + self._height]

    def _pixel_box(self, transform):
        x0, y0 = transform.point(self._x, self._y)
        x1, y1 = transform.point(self._x + self._width, self._y + self._height)
        return min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)

    def occupied(self, transform):
        """The rectangle's pixel box."""
        return [], [], [Box(*self._pixel_box(transform))]

    def _draw_rect(self, doc, left, top, width, height, dpi):
        pairs = [("x", left), ("y", top), ("width", width), ("height", height)]
        doc.element("rect", pairs + _fill_pairs(self._face)
                    + _stroke_pairs(self._edge, self._linewidth * dpi / 72))

    def draw(self, doc, transform):
        """The rectangle, when all its coordinates are finite."""
        values = (self._x, self._y, self._width, self._height)
        if not all(math.isfinite(v) for v in values):
            return
        self._draw_rect(doc, *self._pixel_box(transform), transform.dpi)

    def draw_handle(self, doc, left, center_y, width, height, dpi):
        """A rectangle filling the handle area."""
        self._draw_rect(doc, left, center_y - height / 2, width, height, dpi)


class Polygon(Artist):
    """A closed or open outline through data points, optionally filled (``fill_between``,
    step histograms)."""

    zorder = 1.0

    def __init__(self, points, facecolor=None, edgecolor=None, linewidth=0.0, closed=True,
                 label=None):
        super().__init__(label)
        self._points = list(points)
        self._face = facecolor
        self._edge = edgecolor
        self._linewidth = float(linewidth)
        self._closed = closed

    def get_xy(self):
        """The outline's data points."""
        return list(self._points)

    def x_extent(self):
        """The outline's x values."""
        return [x for x, _ in self._points]

    def y_extent(self):
        """The outline's y values."""
        return [y for _, y in self._points]

    def occupied(self, transform):
        """The outline's vertices and edges."""
        pixels = [transform.point(x, y) for x, y in self._points]
        return pixels, list(zip(pixels, pixels[1:])), []

    def _style(self, dpi):
        fill = _fill_pairs(self._face) if self._face is not None else [("fill", "none")]
        return fill + _stroke_pairs(self._edge, self._linewidth * dpi / 72)

    def draw(self, doc, transform):
        """The outline (split at non-finite points), filled when it has a face."""
        for run in _finite_runs([transform.point(x, y) for x, y in self._points]):
            path = polygon_path(run) if self._closed else points_path(run)
            doc.element("path", [("d", path)] + self._style(transform.dpi))

    def draw_handle(self, doc, left, center_y, width, height, dpi):
        """A rectangle in the polygon's colours."""
        top = center_y - height / 2
        corners = [(left, top), (left + width, top), (left + width, top + height),
                   (left, top + height)]
        doc.element("path", [("d", polygon_path(corners))] + self._style(dpi))


class Text(Artist):
    """A string placed at a data point (or at a fraction of the axes, for ``transform="axes"``)."""

    zorder = 3.0

    def __init__(self, x, y, text, fontsize=10.0, color="black", ha="left", va="baseline",
                 rotation=0.0, in_axes_coords=False):
        super().__init__(None)
        check_alignment(ha, va)
        self._x = x
        self._y = y
        self._text = str(text)
        self._fontsize = float(fontsize)
        self._rgba = to_rgba(color)
        self._ha = ha
        self._va = va
        self._rotation = float(rotation)
        self._in_axes_coords = in_axes_coords

    def get_text(self):
        """The string shown."""
        return self._text

    def get_position(self):
        """The (x, y) anchor."""
        return (self._x, self._y)

    def draw(self, doc, transform):
        """The text at its data (or axes-fraction) position."""
        if self._in_axes_coords:
            x, y = transform.axes_x(self._x), transform.axes_y(self._y)
        else:
            x, y = transform.point(self._x, self._y)
        if not (math.isfinite(x) and math.isfinite(y)):
            return
        draw_text(doc, x, y, plain_text(self._text), transform.points(self._fontsize),
                  ha=self._ha, va=self._va, rotation=self._rotation,
                  color=to_hex(self._rgba), opacity=opacity(self._rgba))
