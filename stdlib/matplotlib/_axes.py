"""The Axes: one plotting area of a figure, with matplotlib's plotting and labelling methods."""

import math
import sys

from . import _hist
from ._artists import (BarContainer, Line2D, PathCollection, Polygon, Rectangle,
                       ReferenceLine, Text)
from ._axis import Axis
from ._colors import ColorCycle, colormap, is_color_like, to_rgba
from ._data import as_list, broadcast, shape_text, split_plot_arguments
from ._decorations import FONT_SIZE, TITLE_SIZE, decoration_extents, draw_decorations, draw_grid
from ._legend import Legend, check_location
from ._markers import check_marker
from ._styles import check_linestyle, parse_format
from ._text import font_size
from ._transforms import DataTransform

AXES_COORDS = "axes"  # what ``ax.transAxes`` is: text positions given as fractions of the axes

_DEFAULT_SCATTER_AREA = 36.0  # points squared (a 6 point marker)


def _unexpected_keyword(owner, kwargs):
    name = next(iter(kwargs))
    return AttributeError(f"{owner}.set() got an unexpected keyword argument {name!r}")


def _take_aliases(kwargs, aliases):
    """Moves short aliases (``lw``, ``ls``, ``c`` ...) in ``kwargs`` to their full names."""
    for short, full in aliases.items():
        if short in kwargs:
            if full in kwargs:
                raise TypeError(f"Got both {full!r} and {short!r}, which are aliases of one another")
            kwargs[full] = kwargs.pop(short)


_LINE_ALIASES = {"c": "color", "ls": "linestyle", "lw": "linewidth", "ms": "markersize",
                 "mfc": "markerfacecolor", "mec": "markeredgecolor", "mew": "markeredgewidth"}
_LINE_PROPERTIES = ["color", "linestyle", "linewidth", "marker", "markersize", "alpha", "label",
                    "markerfacecolor", "markeredgecolor", "markeredgewidth", "zorder"]


class Axes:
    """A plotting area: data artists, two axes (``xaxis``, ``yaxis``), titles and a legend."""

    def __init__(self, figure, spec, sharex=None, sharey=None):
        self.figure = figure
        self._spec = spec
        self.xaxis = Axis(self, "x", None if sharex is None else sharex.xaxis)
        self.yaxis = Axis(self, "y", None if sharey is None else sharey.yaxis)
        self.transAxes = AXES_COORDS
        self.transData = "data"
        self._clear_contents()

    def _clear_contents(self):
        self._children = []
        self._containers = []
        self._titles = {"left": ("", TITLE_SIZE), "center": ("", TITLE_SIZE),
                        "right": ("", TITLE_SIZE)}
        self._legend = None
        self._line_colors = ColorCycle()
        self._patch_colors = ColorCycle()
        self._axis_on = True

    def __repr__(self):
        parts = []
        title = self._titles["center"][0]
        if title:
            parts.append(f"title={{'center': {title!r}}}")
        for name, axis in (("xlabel", self.xaxis), ("ylabel", self.yaxis)):
            if axis.label:
                parts.append(f"{name}={axis.label!r}")
        return "<Axes: " + ", ".join(parts) + ">"

    # -- children -------------------------------------------------------------------------------

    @property
    def lines(self):
        """The Line2D artists, in the order they were added."""
        return [a for a in self._children if isinstance(a, Line2D)]

    @property
    def patches(self):
        """The rectangles and polygons, in the order they were added."""
        return [a for a in self._children if isinstance(a, (Rectangle, Polygon))]

    @property
    def collections(self):
        """The scatter collections, in the order they were added."""
        return [a for a in self._children if isinstance(a, PathCollection)]

    @property
    def texts(self):
        """The Text artists added with ``text``."""
        return [a for a in self._children if isinstance(a, Text)]

    @property
    def containers(self):
        """The BarContainers made by ``bar`` and ``barh``."""
        return list(self._containers)

    def get_lines(self):
        """The Line2D artists, in the order they were added."""
        return self.lines

    def artists_for_limits(self):
        """The artists whose data the autoscaled view limits must show."""
        return self._children

    def _add(self, artist, zorder=None):
        if zorder is not None:
            artist.zorder = float(zorder)
        self._children.append(artist)
        self.xaxis.data_changed()
        self.yaxis.data_changed()
        return artist

    # -- plot -----------------------------------------------------------------------------------

    def plot(self, *args, **kwargs):
        """Lines and/or markers through points: ``plot(y)``, ``plot(x, y)``, ``plot(x, y, fmt)``,
        repeated groups allowed; keyword arguments style every line. Returns the Line2D list."""
        _take_aliases(kwargs, _LINE_ALIASES)
        unknown = {k: v for k, v in kwargs.items() if k not in _LINE_PROPERTIES}
        if unknown:
            raise _unexpected_keyword("Line2D", unknown)
        lines = []
        for x, y, fmt in split_plot_arguments(args):
            lines.append(self._plot_group(x, y, fmt, dict(kwargs)))
        return lines

    def _plot_group(self, x, y, fmt, style):
        ys = as_list(y)
        xs = list(range(len(ys))) if x is None else as_list(x)
        if len(xs) != len(ys):
            raise ValueError(f"x and y must have same first dimension, but have shapes "
                             f"{shape_text(xs)} and {shape_text(ys)}")
        fmt_style, fmt_marker, fmt_color = parse_format(fmt) if fmt is not None else ("-", None, None)
        linestyle = check_linestyle(style.pop("linestyle", fmt_style))
        marker = check_marker(style.pop("marker", fmt_marker))
        color = style.pop("color", None) or fmt_color or self._line_colors.next_color()
        zorder = style.pop("zorder", None)
        line = Line2D(self.xaxis.convert(xs), self.yaxis.convert(ys), color,
                      linestyle=linestyle, marker=marker, **style)
        return self._add(line, zorder)

    # -- scatter --------------------------------------------------------------------------------

    def scatter(self, x, y, s=None, c=None, marker="o", cmap=None, vmin=None, vmax=None,
                alpha=None, linewidths=None, edgecolors=None, label=None, color=None,
                zorder=None):
        """Markers at (x, y) with sizes ``s`` (points squared) and colours ``c`` (one colour,
        a colour per point, or numbers mapped through ``cmap``). Returns a PathCollection."""
        xs, ys = as_list(x), as_list(y)
        if len(xs) != len(ys):
            raise ValueError("x and y must be the same size")
        marker = check_marker(marker)
        if marker is None:
            raise ValueError("scatter() needs a marker; got no marker")
        sizes = self._scatter_sizes(s, len(xs))
        colors = self._scatter_colors(c if c is not None else color, len(xs), cmap, vmin, vmax,
                                      alpha)
        edges = None
        if edgecolors is not None and edgecolors != "face" and edgecolors != "none":
            edges = to_rgba(edgecolors, alpha)
        collection = PathCollection(self.xaxis.convert(xs), self.yaxis.convert(ys), sizes,
                                    colors, marker, edges,
                                    1.0 if linewidths is None else linewidths, label)
        return self._add(collection, zorder)

    def _scatter_sizes(self, s, count):
        if s is None:
            return [_DEFAULT_SCATTER_AREA]
        sizes = [float(v) for v in as_list(s)]
        if len(sizes) not in (1, count):
            raise ValueError("s must be a scalar, or float array-like with the same size as x and y")
        return sizes

    def _scatter_colors(self, c, count, cmap, vmin, vmax, alpha):
        if c is None:
            return [to_rgba(self._patch_colors.next_color(), alpha)]
        if is_color_like(c) and not (isinstance(c, (list, tuple)) and len(c) == count):
            return [to_rgba(c, alpha)]
        values = as_list(c)
        if len(values) != count:
            raise ValueError(f"'c' argument has {len(values)} elements, which is inconsistent "
                             f"with 'x' and 'y' with size {count}.")
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return self._mapped_colors([float(v) for v in values], cmap, vmin, vmax, alpha)
        return [to_rgba(v, alpha) for v in values]

    def _mapped_colors(self, values, cmap, vmin, vmax, alpha):
        finite = [v for v in values if math.isfinite(v)]
        low = vmin if vmin is not None else (min(finite) if finite else 0.0)
        high = vmax if vmax is not None else (max(finite) if finite else 1.0)
        mapping = colormap(cmap)
        colors = []
        for value in values:
            fraction = 0.0 if high == low else (value - low) / (high - low)
            rgba = mapping(fraction)
            colors.append(rgba if alpha is None else (rgba[0], rgba[1], rgba[2], float(alpha)))
        return colors

    # -- bars -----------------------------------------------------------------------------------

    def bar(self, x, height, width=0.8, bottom=None, *, align="center", color=None,
            edgecolor=None, linewidth=None, label=None, tick_label=None, alpha=None,
            zorder=None, **kwargs):
        """Vertical bars at ``x`` (numbers or category names) rising ``height`` from ``bottom``.
        Returns a BarContainer of Rectangles."""
        return self._bars(True, x, height, width, bottom, align, color, edgecolor, linewidth,
                          label, tick_label, alpha, zorder, kwargs)

    def barh(self, y, width, height=0.8, left=None, *, align="center", color=None,
             edgecolor=None, linewidth=None, label=None, tick_label=None, alpha=None,
             zorder=None, **kwargs):
        """Horizontal bars at ``y`` extending ``width`` from ``left``. Returns a BarContainer."""
        return self._bars(False, y, width, height, left, align, color, edgecolor, linewidth,
                          label, tick_label, alpha, zorder, kwargs)

    def _bars(self, vertical, positions, lengths, thickness, base, align, color, edgecolor,
              linewidth, label, tick_label, alpha, zorder, kwargs):
        if "facecolor" in kwargs and color is None:
            color = kwargs.pop("facecolor")
        if kwargs:
            raise _unexpected_keyword("Rectangle", kwargs)
        if align not in ("center", "edge"):
            raise ValueError(f"{align!r} is not a valid value for align; supported values are "
                             "'center', 'edge'")
        along, across = (self.xaxis, self.yaxis) if vertical else (self.yaxis, self.xaxis)
        columns = broadcast(along.convert(as_list(positions)),
                            across.convert(as_list(lengths)),
                            [float(t) for t in as_list(thickness)],
                            across.convert(as_list(0.0 if base is None else base)))
        faces = self._bar_colors(color, len(columns[0]), alpha)
        edge = None if edgecolor is None else to_rgba(edgecolor, alpha)
        edge_width = (1.0 if edge is not None else 0.0) if linewidth is None else linewidth
        patches = []
        for index, (position, length, size, start) in enumerate(zip(*columns)):
            offset = position - size / 2 if align == "center" else position
            if vertical:
                patch = Rectangle((offset, start), size, length, faces[index], edge, edge_width)
                patch.sticky_y.append(start)
            else:
                patch = Rectangle((start, offset), length, size, faces[index], edge, edge_width)
                patch.sticky_x.append(start)
            patch.set_label("_nolegend_")
            patches.append(self._add(patch, zorder))
        if tick_label is not None:
            along.set_ticks(columns[0], broadcast(as_list(tick_label), columns[0])[0])
        container = BarContainer(patches, label)
        self._containers.append(container)
        return container

    def _bar_colors(self, color, count, alpha):
        if color is None:
            return [to_rgba(self._patch_colors.next_color(), alpha)] * count
        if is_color_like(color):
            return [to_rgba(color, alpha)] * count
        colors = as_list(color)
        return [to_rgba(colors[i % len(colors)], alpha) for i in range(count)]

    # -- hist -----------------------------------------------------------------------------------

    def hist(self, x, bins=10, range=None, density=False, weights=None, cumulative=False,
             histtype="bar", rwidth=None, color=None, label=None, alpha=None, edgecolor=None,
             linewidth=None, orientation="vertical", zorder=None, **kwargs):
        """Histogram of ``x`` (one dataset, or a list of datasets drawn side by side).

        Returns (counts, edges, patches) like matplotlib, with lists instead of arrays.
        """
        _take_aliases(kwargs, {"lw": "linewidth", "ec": "edgecolor", "fc": "color"})
        linewidth = kwargs.pop("linewidth", linewidth)
        edgecolor = kwargs.pop("edgecolor", edgecolor)
        color = kwargs.pop("color", color)
        if kwargs:
            raise _unexpected_keyword("Rectangle", kwargs)
        if histtype not in ("bar", "barstacked", "step", "stepfilled"):
            raise ValueError(f"{histtype!r} is not a valid value for histtype; supported values "
                             "are 'bar', 'barstacked', 'step', 'stepfilled'")
        if orientation not in ("vertical", "horizontal"):
            raise ValueError(f"{orientation!r} is not a valid value for orientation; supported "
                             "values are 'vertical', 'horizontal'")
        multiple = _hist.is_multiple_datasets(x)
        value_axis = self.xaxis if orientation == "vertical" else self.yaxis
        datasets = [value_axis.convert(as_list(d)) for d in (x if multiple else [x])]
        edges = _hist.bin_edges([v for d in datasets for v in d], bins, range)
        heights = [_hist.counts(d, w, edges, density, cumulative)
                   for d, w in zip(datasets, _hist.weight_sets(weights, datasets))]
        colors = self._hist_colors(color, len(datasets))
        labels = as_list(label) if multiple and label is not None else [label]
        patches = []
        for index, dataset_heights in enumerate(heights):
            style = (to_rgba(colors[index], alpha),
                     None if edgecolor is None else to_rgba(edgecolor, alpha), linewidth,
                     labels[index] if index < len(labels) else None)
            drawn = self._hist_artists(dataset_heights, edges, index, len(heights), histtype,
                                       rwidth, orientation == "vertical", style)
            patches.append([self._add(artist, zorder) for artist in drawn])
        patches = [p if histtype.startswith("step") else BarContainer(p) for p in patches]
        if multiple:
            return heights, edges, patches
        return heights[0], edges, patches[0]

    def _hist_colors(self, color, count):
        if color is None:
            return [self._line_colors.next_color() for _ in range(count)]
        if is_color_like(color):
            return [color] * count
        colors = as_list(color)
        if len(colors) != count:
            raise ValueError(f"The 'color' keyword argument must have one color per dataset, "
                             f"but {count} datasets and {len(colors)} colors were provided")
        return colors

    def _hist_artists(self, heights, edges, slot, slots, histtype, rwidth, vertical, style):
        face, edge, linewidth, label = style
        if histtype == "step":
            return [_hist.outline(heights, edges, vertical, None, face,
                                  1.5 if linewidth is None else linewidth, label)]
        if histtype == "stepfilled":
            return [_hist.outline(heights, edges, vertical, face, edge,
                                  0.0 if linewidth is None else linewidth, label)]
        share = rwidth if rwidth is not None else (0.8 if slots > 1 else 1.0)
        edge_width = (1.0 if edge is not None else 0.0) if linewidth is None else linewidth
        return _hist.bin_rectangles(heights, edges, slot, slots, share, vertical, face, edge,
                                    edge_width, label)

    # -- other artists --------------------------------------------------------------------------

    def fill_between(self, x, y1, y2=0, color=None, alpha=None, label=None, edgecolor=None,
                     linewidth=None, zorder=None):
        """The area between the curves y1 and y2 (a number or a curve) over x. Returns a Polygon."""
        xs, top, bottom = broadcast(self.xaxis.convert(as_list(x)),
                                    self.yaxis.convert(as_list(y1)),
                                    self.yaxis.convert(as_list(y2)))
        face = to_rgba(color if color is not None else self._patch_colors.next_color(), alpha)
        edge = None if edgecolor is None else to_rgba(edgecolor, alpha)
        points = list(zip(xs, top)) + list(zip(reversed(xs), reversed(bottom)))
        polygon = Polygon(points, face, edge, 0.0 if linewidth is None else linewidth, True, label)
        return self._add(polygon, zorder)

    def axhline(self, y=0, xmin=0, xmax=1, **kwargs):
        """A horizontal line at data y across the axes (from fraction xmin to xmax)."""
        return self._reference_line(True, y, (xmin, xmax), kwargs)

    def axvline(self, x=0, ymin=0, ymax=1, **kwargs):
        """A vertical line at data x across the axes (from fraction ymin to ymax)."""
        return self._reference_line(False, x, (ymin, ymax), kwargs)

    def _reference_line(self, horizontal, position, span, kwargs):
        _take_aliases(kwargs, _LINE_ALIASES)
        unknown = {k: v for k, v in kwargs.items() if k not in _LINE_PROPERTIES}
        if unknown:
            raise _unexpected_keyword("Line2D", unknown)
        axis = self.yaxis if horizontal else self.xaxis
        value = axis.convert([position])[0]
        color = kwargs.pop("color", None) or self._line_colors.next_color()
        zorder = kwargs.pop("zorder", None)
        if "linestyle" in kwargs:
            kwargs["linestyle"] = check_linestyle(kwargs["linestyle"])
        if "marker" in kwargs:
            kwargs["marker"] = check_marker(kwargs["marker"])
        line = ReferenceLine(horizontal, value, (float(span[0]), float(span[1])), color, **kwargs)
        return self._add(line, zorder)

    def text(self, x, y, s, fontsize=None, color="black", ha="left", va="baseline",
             rotation=0.0, transform=None, **kwargs):
        """Writes ``s`` at data point (x, y), or at axes fractions with ``transform=ax.transAxes``."""
        _take_aliases(kwargs, {"size": "fontsize", "c": "color", "horizontalalignment": "ha",
                               "verticalalignment": "va"})
        fontsize = kwargs.pop("fontsize", fontsize)
        color = kwargs.pop("color", color)
        ha, va = kwargs.pop("ha", ha), kwargs.pop("va", va)
        if kwargs:
            raise _unexpected_keyword("Text", kwargs)
        in_axes = transform == AXES_COORDS
        if not in_axes:
            x, y = self.xaxis.convert([x])[0], self.yaxis.convert([y])[0]
        text = Text(x, y, s, font_size(fontsize, FONT_SIZE), color, ha, va, rotation, in_axes)
        return self._add(text)

    # -- labels ---------------------------------------------------------------------------------

    def set_title(self, label, loc="center", fontsize=None, **kwargs):
        """Sets the title shown above the axes at ``loc`` ('left', 'center' or 'right');
        ``fontweight`` and ``pad`` are accepted and ignored."""
        if loc not in self._titles:
            raise ValueError(f"{loc!r} is not a valid value for loc; supported values are "
                             "'left', 'center', 'right'")
        fontsize = kwargs.pop("size", fontsize)
        kwargs.pop("fontweight", None)
        kwargs.pop("pad", None)
        if kwargs:
            raise _unexpected_keyword("Text", kwargs)
        self._titles[loc] = (str(label), font_size(fontsize, TITLE_SIZE))

    def get_title(self, loc="center"):
        """The title at ``loc``."""
        return self._titles[loc][0]

    def set_xlabel(self, xlabel, fontsize=None, **kwargs):
        """Sets the label under the x axis (``labelpad`` is accepted and ignored)."""
        self._set_axis_label(self.xaxis, xlabel, fontsize, kwargs)

    def set_ylabel(self, ylabel, fontsize=None, **kwargs):
        """Sets the label beside the y axis (``labelpad`` is accepted and ignored)."""
        self._set_axis_label(self.yaxis, ylabel, fontsize, kwargs)

    def _set_axis_label(self, axis, label, fontsize, kwargs):
        fontsize = kwargs.pop("size", fontsize)
        kwargs.pop("labelpad", None)
        if kwargs:
            raise _unexpected_keyword("Text", kwargs)
        axis.label = str(label)
        axis.label_fontsize = font_size(fontsize, FONT_SIZE)

    def get_xlabel(self):
        """The x axis label."""
        return self.xaxis.label

    def get_ylabel(self):
        """The y axis label."""
        return self.yaxis.label

    # -- limits and ticks -----------------------------------------------------------------------

    def set_xlim(self, left=None, right=None):
        """Fixes the x view limits (``set_xlim(left, right)`` or ``set_xlim((left, right))``);
        None keeps that side automatic. Returns the new limits."""
        return self._set_limits(self.xaxis, left, right)

    def set_ylim(self, bottom=None, top=None):
        """Fixes the y view limits (``set_ylim(bottom, top)`` or ``set_ylim((bottom, top))``)."""
        return self._set_limits(self.yaxis, bottom, top)

    def _set_limits(self, axis, low, high):
        if high is None and isinstance(low, (list, tuple)):
            if len(low) != 2:
                raise ValueError(f"limits must be a pair (low, high), not {low!r}")
            low, high = low
        current_low, current_high = axis.get_view_interval()
        axis.set_view_interval(current_low if low is None else low,
                               current_high if high is None else high)
        return axis.get_view_interval()

    def get_xlim(self):
        """The x view limits (left, right)."""
        return self.xaxis.get_view_interval()

    def get_ylim(self):
        """The y view limits (bottom, top)."""
        return self.yaxis.get_view_interval()

    def invert_xaxis(self):
        """Swaps the x view limits, so x grows to the left."""
        low, high = self.get_xlim()
        self.xaxis.set_view_interval(high, low)

    def invert_yaxis(self):
        """Swaps the y view limits, so y grows downwards."""
        low, high = self.get_ylim()
        self.yaxis.set_view_interval(high, low)

    def autoscale(self, enable=True, axis="both"):
        """Lets the view limits follow the data again."""
        if enable:
            if axis in ("both", "x"):
                self.xaxis.autoscale_view()
            if axis in ("both", "y"):
                self.yaxis.autoscale_view()

    def set_xticks(self, ticks, labels=None, rotation=None):
        """Puts x ticks at ``ticks`` (data values or category names), optionally labelled."""
        self.xaxis.set_ticks(ticks, labels)
        if rotation is not None:
            self.xaxis.tick_rotation = float(rotation)

    def set_yticks(self, ticks, labels=None, rotation=None):
        """Puts y ticks at ``ticks``, optionally labelled."""
        self.yaxis.set_ticks(ticks, labels)
        if rotation is not None:
            self.yaxis.tick_rotation = float(rotation)

    def set_xticklabels(self, labels, rotation=None):
        """Replaces the labels of the current x ticks."""
        self.xaxis.set_ticklabels(labels)
        if rotation is not None:
            self.xaxis.tick_rotation = float(rotation)

    def set_yticklabels(self, labels, rotation=None):
        """Replaces the labels of the current y ticks."""
        self.yaxis.set_ticklabels(labels)
        if rotation is not None:
            self.yaxis.tick_rotation = float(rotation)

    def get_xticks(self):
        """The x tick positions inside the view."""
        return [value for value, _ in self.xaxis.ticks()[0]]

    def get_yticks(self):
        """The y tick positions inside the view."""
        return [value for value, _ in self.yaxis.ticks()[0]]

    def get_xticklabels(self):
        """The x tick labels (strings) inside the view."""
        return [label for _, label in self.xaxis.ticks()[0]]

    def get_yticklabels(self):
        """The y tick labels (strings) inside the view."""
        return [label for _, label in self.yaxis.ticks()[0]]

    def tick_params(self, axis="both", labelrotation=None, **kwargs):
        """Adjusts tick labels; only ``labelrotation`` has an effect here."""
        if labelrotation is not None:
            for name, target in (("x", self.xaxis), ("y", self.yaxis)):
                if axis in ("both", name):
                    target.tick_rotation = float(labelrotation)

    def axis(self, arg=None):
        """``axis("off")`` hides the frame, ticks and labels, ``axis("on")`` shows them;
        ``axis([xmin, xmax, ymin, ymax])`` sets both limits. Returns the limits."""
        if arg in ("off", False):
            self._axis_on = False
        elif arg in ("on", True):
            self._axis_on = True
        elif isinstance(arg, (list, tuple)):
            if len(arg) != 4:
                raise TypeError("The first argument to axis() must be an iterable of the form "
                                "[xmin, xmax, ymin, ymax]")
            self.set_xlim(arg[0], arg[1])
            self.set_ylim(arg[2], arg[3])
        elif arg is not None:
            raise ValueError(f"Unrecognized string {arg!r} to axis; try 'on' or 'off'")
        return self.get_xlim() + self.get_ylim()

    def set(self, **kwargs):
        """Sets several properties at once: ``ax.set(xlabel=..., ylabel=..., title=..., xlim=...)``."""
        setters = {"xlabel": self.set_xlabel, "ylabel": self.set_ylabel, "title": self.set_title,
                   "xlim": self.set_xlim, "ylim": self.set_ylim, "xticks": self.set_xticks,
                   "yticks": self.set_yticks, "xticklabels": self.set_xticklabels,
                   "yticklabels": self.set_yticklabels}
        for name, value in kwargs.items():
            if name not in setters:
                raise AttributeError(f"Axes.set() got an unexpected keyword argument {name!r}")
            setters[name](value)

    # -- grid and legend ------------------------------------------------------------------------

    def grid(self, visible=None, which="major", axis="both", **kwargs):
        """Shows (or with False hides, with no argument toggles) grid lines at the ticks; style
        keywords (color, linestyle, linewidth, alpha) turn the grid on."""
        _take_aliases(kwargs, {"c": "color", "ls": "linestyle", "lw": "linewidth"})
        for name in kwargs:
            if name not in ("color", "linestyle", "linewidth", "alpha"):
                raise _unexpected_keyword("Line2D", {name: kwargs[name]})
        if "linestyle" in kwargs:
            kwargs["linestyle"] = check_linestyle(kwargs["linestyle"])
        to_rgba(kwargs.get("color", "black"), kwargs.get("alpha"))
        if axis not in ("both", "x", "y"):
            raise ValueError(f"{axis!r} is not a valid value for axis; supported values are "
                             "'both', 'x', 'y'")
        for name, target in (("x", self.xaxis), ("y", self.yaxis)):
            if axis in ("both", name):
                if visible is None:
                    target.grid_on = True if kwargs else not target.grid_on
                else:
                    target.grid_on = bool(visible)
                target.grid_style.update(kwargs)

    def _legend_candidates(self):
        """Artists that may appear in a legend, in matplotlib's order: the children (except
        texts and bars, which their BarContainer stands for), then the bar containers."""
        children = [a for a in self._children
                    if not isinstance(a, Text) and a.get_label() != "_nolegend_"]
        return children + self._containers

    def legend(self, *args, loc="best", title=None, frameon=True, fontsize=None, ncols=1,
               ncol=None):
        """Draws a legend: ``legend()`` lists labelled artists, ``legend(labels)`` labels the
        artists in order, ``legend(handles, labels)`` gives both. Returns the Legend."""
        check_location(loc)
        handles, labels = self._legend_entries(args)
        if not labels and not args:
            sys.stderr.write("No artists with labels found to put in legend.  Note that artists "
                             "whose label start with an underscore are ignored when legend() is "
                             "called with no argument.\n")
        self._legend = Legend(handles, labels, loc, title, frameon,
                              font_size(fontsize, FONT_SIZE), ncol if ncol is not None else ncols)
        return self._legend

    def _legend_entries(self, args):
        if len(args) == 0:
            handles = [a for a in self._legend_candidates() if a.legend_label() is not None]
            return handles, [h.legend_label() for h in handles]
        if len(args) == 1:
            labels = [str(label) for label in as_list(args[0])]
            handles = self._legend_candidates()[:len(labels)]
            for handle, label in zip(handles, labels):
                handle.set_label(label)
            return handles, labels[:len(handles)]
        if len(args) == 2:
            handles = [h[0] if isinstance(h, list) and not isinstance(h, BarContainer) else h
                       for h in as_list(args[0])]
            labels = [str(label) for label in as_list(args[1])]
            count = min(len(handles), len(labels))
            return handles[:count], labels[:count]
        raise TypeError(f"legend() takes 0-2 positional arguments but {len(args)} were given")

    def get_legend(self):
        """The legend made by ``legend()``, or None."""
        return self._legend

    def cla(self):
        """Removes everything drawn on and written around the axes."""
        self._clear_contents()
        for axis in (self.xaxis, self.yaxis):
            axis.data_changed()
            axis.label = ""
            axis.fixed_ticks = None
            axis.fixed_labels = None
            axis.grid_on = False
            axis.autoscale_view()

    def clear(self):
        """Same as ``cla()``."""
        self.cla()

    # -- geometry and drawing -------------------------------------------------------------------

    def get_subplotspec(self):
        """(nrows, ncols, row, col, rowspan, colspan) of this axes' grid cell."""
        return self._spec

    def _box(self):
        return self.figure.axes_box(self, self.figure.dpi)

    def axis_length_and_font(self, name):
        """The axis length in pixels at the figure's dpi, and the tick label size in pixels."""
        box = self._box()
        length = box.width if name == "x" else box.height
        return length, FONT_SIZE * self.figure.dpi / 72

    def decoration_extents(self, box, dpi):
        """How far (left, right, top, bottom pixels) ticks, labels and titles reach outside ``box``."""
        return decoration_extents(self, box, dpi)

    def draw_svg(self, doc, box, dpi):
        """Writes this axes' SVG: background, clipped data, grid, frame, ticks, labels, legend."""
        transform = DataTransform(box, self.get_xlim(), self.get_ylim(), dpi)
        doc.open_group([("class", "axes")])
        if self._axis_on:
            doc.element("rect", [("x", box.left), ("y", box.top), ("width", box.width),
                                 ("height", box.height), ("fill", "#ffffff")])
        clip_id = doc.define_clip_rect(box.left, box.top, box.width, box.height)
        ordered = sorted([a for a in self._children if not isinstance(a, Text)],
                         key=lambda artist: artist.zorder)
        doc.open_group([("clip-path", f"url(#{clip_id})")])
        for artist in [a for a in ordered if a.zorder < 1.5]:
            artist.draw(doc, transform)
        if self._axis_on:
            draw_grid(self, doc, transform)
        for artist in [a for a in ordered if a.zorder >= 1.5]:
            artist.draw(doc, transform)
        doc.close_group()
        draw_decorations(self, doc, transform, self._axis_on)
        for text in self.texts:
            text.draw(doc, transform)
        if self._legend is not None:
            self._legend.draw(doc, box, dpi, lambda: self._occupied(transform))
        doc.close_group()

    def _occupied(self, transform):
        points, segments, boxes = [], [], []
        for artist in self._children:
            more_points, more_segments, more_boxes = artist.occupied(transform)
            points.extend(more_points)
            segments.extend(more_segments)
            boxes.extend(more_boxes)
        return points, segments, boxes
