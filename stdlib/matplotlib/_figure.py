"""Figure: the whole picture, its grid of axes, their layout, and SVG output."""

import math

from ._artists import Text
from ._axes import Axes
from ._colors import to_hex, to_rgba
from ._decorations import FONT_SIZE
from ._grid import AxesArray
from ._svg import SvgDocument
from ._text import draw_text, font_size, plain_text, text_height
from ._transforms import Box, DataTransform

DEFAULT_PARAMS = {"left": 0.125, "right": 0.9, "bottom": 0.11, "top": 0.88,
                  "wspace": 0.2, "hspace": 0.2}
SUPTITLE_SIZE = 12.0  # points
SUPTITLE_Y = 0.98     # fraction of the figure height, from the bottom
SAVEFIG_OPTIONS = ["bbox_inches", "pad_inches", "transparent", "facecolor", "edgecolor",
                   "metadata", "orientation", "backend"]


def _positive_int(value, what):
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"Number of {what} must be a positive integer, not {value!r}")
    return value


def subplot_spec(args):
    """(nrows, ncols, row, col, rowspan, colspan) for ``add_subplot``'s positional arguments:
    nothing, a three-digit number such as 221, or (nrows, ncols, index) where index counts from 1
    in row-major order and may be a (first, last) pair spanning several cells."""
    if len(args) == 0:
        args = (1, 1, 1)
    if len(args) == 1:
        code = args[0]
        if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 999:
            raise ValueError(f"Integer subplot specification must be a three-digit number, "
                             f"not {code!r}")
        args = (code // 100, code // 10 % 10, code % 10)
    if len(args) != 3:
        raise TypeError(f"add_subplot() takes 1 or 3 positional arguments but {len(args)} were given")
    nrows = _positive_int(args[0], "rows")
    ncols = _positive_int(args[1], "columns")
    index = args[2]
    first, last = index if isinstance(index, (tuple, list)) else (index, index)
    for number in (first, last):
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= nrows * ncols:
            raise ValueError(f"num must be an integer with 1 <= num <= {nrows * ncols}, not {number!r}")
    row0, col0 = divmod(first - 1, ncols)
    row1, col1 = divmod(last - 1, ncols)
    return (nrows, ncols, min(row0, row1), min(col0, col1),
            abs(row1 - row0) + 1, abs(col1 - col0) + 1)


def _check_figsize(figsize):
    try:
        width, height = figsize
        valid = all(isinstance(v, (int, float)) and math.isfinite(v) and v > 0 for v in (width, height))
    except (TypeError, ValueError):
        valid = False
    if not valid:
        raise ValueError(f"figure size must be positive finite not {figsize!r}")
    return float(width), float(height)


def _share_mode(value):
    modes = {True: "all", False: "none", "all": "all", "none": "none", "row": "row", "col": "col"}
    if value not in modes or (isinstance(value, int) and not isinstance(value, bool)):
        raise ValueError(f"{value!r} is not a valid value for sharex/sharey; supported values are "
                         "True, False, 'all', 'none', 'row', 'col'")
    return modes[value]


def _share_partner(grid, mode, ncols, row, col):
    """The axes already in ``grid`` (row-major) that the axes at (row, col) shares limits with."""
    if mode == "all" and grid:
        return grid[0]
    if mode == "row" and col > 0:
        return grid[row * ncols]
    if mode == "col" and row > 0:
        return grid[col]
    return None


# Sides of decoration extents, and where a subplot spec (nrows, ncols, row, col, rowspan,
# colspan) sits in its grid.
_LEFT, _RIGHT, _TOP, _BOTTOM = 0, 1, 2, 3


def _in_first_column(spec):
    return spec[3] == 0


def _in_last_column(spec):
    return spec[3] + spec[5] == spec[1]


def _in_first_row(spec):
    return spec[2] == 0


def _in_last_row(spec):
    return spec[2] + spec[4] == spec[0]


def _reach(extents, side, selected):
    """The largest extent on ``side`` among axes whose spec is ``selected`` (0 when none)."""
    return max([extent[side] for spec, extent in extents if selected(spec)], default=0.0)


class Figure:
    """The top-level container: size, resolution, axes, suptitle; renders itself to SVG."""

    def __init__(self, figsize=(6.4, 4.8), dpi=100, facecolor="white", layout=None,
                 tight_layout=False, constrained_layout=False):
        self._width_in, self._height_in = _check_figsize(figsize)
        if isinstance(dpi, bool) or not isinstance(dpi, (int, float)) or dpi <= 0:
            raise ValueError(f"dpi must be a positive number, not {dpi!r}")
        self.dpi = dpi
        self._facecolor = to_rgba(facecolor)
        self.number = None
        self.label = ""
        self._tight = layout in ("tight", "constrained") or bool(tight_layout) or bool(constrained_layout)
        self._clear()

    def _clear(self):
        self._axes = []
        self._current_axes = None
        self._suptitle = None
        self._texts = []
        self._params = dict(DEFAULT_PARAMS)

    def __repr__(self):
        width, height = self._size_px(self.dpi)
        return f"<Figure size {width:g}x{height:g} with {len(self._axes)} Axes>"

    # -- size -----------------------------------------------------------------------------------

    @property
    def axes(self):
        """The axes of this figure, in the order they were added."""
        return list(self._axes)

    def get_size_inches(self):
        """(width, height) in inches."""
        return (self._width_in, self._height_in)

    def set_size_inches(self, w, h=None):
        """Sets the size in inches (``set_size_inches(w, h)`` or ``set_size_inches((w, h))``)."""
        self._width_in, self._height_in = _check_figsize((w, h) if h is not None else w)

    def get_dpi(self):
        """Pixels per inch."""
        return self.dpi

    def set_dpi(self, val):
        """Sets the pixels per inch."""
        self.dpi = val

    def _size_px(self, dpi):
        return self._width_in * dpi, self._height_in * dpi

    # -- axes -----------------------------------------------------------------------------------

    def add_subplot(self, *args, sharex=None, sharey=None):
        """A new Axes in cell ``index`` of an nrows x ncols grid: ``add_subplot(2, 2, 1)``,
        ``add_subplot(221)`` or ``add_subplot()`` for a single axes."""
        axes = Axes(self, subplot_spec(args), sharex, sharey)
        self._axes.append(axes)
        self._current_axes = axes
        return axes

    def subplots(self, nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True):
        """A grid of new Axes: one Axes, a 1-D AxesArray for one row or column (with squeeze),
        else a 2-D AxesArray."""
        _positive_int(nrows, "rows")
        _positive_int(ncols, "columns")
        share_x, share_y = _share_mode(sharex), _share_mode(sharey)
        grid = []
        for row in range(nrows):
            for col in range(ncols):
                grid.append(self._grid_axes(grid, nrows, ncols, row, col, share_x, share_y))
        if squeeze and nrows == 1 and ncols == 1:
            return grid[0]
        if squeeze and (nrows == 1 or ncols == 1):
            return AxesArray(grid, (nrows * ncols,))
        return AxesArray(grid, (nrows, ncols))

    def _grid_axes(self, grid, nrows, ncols, row, col, share_x, share_y):
        axes = self.add_subplot(nrows, ncols, row * ncols + col + 1,
                                sharex=_share_partner(grid, share_x, ncols, row, col),
                                sharey=_share_partner(grid, share_y, ncols, row, col))
        if share_x in ("all", "col") and row < nrows - 1:
            axes.xaxis.show_ticklabels = False
        if share_y in ("all", "row") and col > 0:
            axes.yaxis.show_ticklabels = False
        return axes

    def gca(self):
        """The current axes, creating one when the figure has none."""
        if self._current_axes is None:
            return self.add_subplot()
        return self._current_axes

    def sca(self, axes):
        """Makes ``axes`` the current axes."""
        if axes not in self._axes:
            raise ValueError("Axes is not in this figure")
        self._current_axes = axes
        return axes

    def delaxes(self, axes):
        """Removes ``axes`` from the figure (and from the axes it shares limits with)."""
        self._axes.remove(axes)
        for axis in (axes.xaxis, axes.yaxis):
            axis.group.members.remove(axis)
            axis.data_changed()
        if self._current_axes is axes:
            self._current_axes = self._axes[-1] if self._axes else None

    # -- text and layout ------------------------------------------------------------------------

    def suptitle(self, t, fontsize=None, **kwargs):
        """Sets a title centred above all axes."""
        fontsize = kwargs.pop("size", fontsize)
        kwargs.pop("fontweight", None)
        if kwargs:
            raise AttributeError(f"Text.set() got an unexpected keyword argument {next(iter(kwargs))!r}")
        self._suptitle = (str(t), font_size(fontsize, SUPTITLE_SIZE))
        return self._suptitle[0]

    def get_suptitle(self):
        """The suptitle ('' when there is none)."""
        return self._suptitle[0] if self._suptitle else ""

    def text(self, x, y, s, fontsize=None, color="black", ha="left", va="baseline", rotation=0.0):
        """Writes ``s`` at (x, y) in figure fractions (0, 0 is the bottom left corner)."""
        text = Text(x, y, s, font_size(fontsize, FONT_SIZE), color, ha, va, rotation, True)
        self._texts.append(text)
        return text

    def subplots_adjust(self, left=None, bottom=None, right=None, top=None, wspace=None,
                        hspace=None):
        """Sets the subplot margins (fractions of the figure) and gaps (fractions of an axes)."""
        given = {"left": left, "bottom": bottom, "right": right, "top": top,
                 "wspace": wspace, "hspace": hspace}
        params = dict(self._params)
        params.update({k: float(v) for k, v in given.items() if v is not None})
        if params["left"] >= params["right"]:
            raise ValueError("left cannot be >= right")
        if params["bottom"] >= params["top"]:
            raise ValueError("bottom cannot be >= top")
        self._params = params
        self._tight = False

    def tight_layout(self, pad=1.08):
        """Fits margins and gaps to the labels, ticks and titles (again at each rendering)."""
        self._tight = pad if isinstance(pad, (int, float)) and not isinstance(pad, bool) else 1.08
        self._tighten()

    def _tighten(self):
        pad = self._tight if self._tight is not True else 1.08
        if not self._axes:
            return
        for _ in range(2):
            params = self._tight_params(pad * FONT_SIZE * self.dpi / 72)
            if params is None:
                return
            self._params = params

    def _tight_params(self, pad):
        """Subplot parameters leaving ``pad`` pixels around the decorations, or None when the
        axes would not fit."""
        width, height = self._size_px(self.dpi)
        extents = [(axes.get_subplotspec(),
                    axes.decoration_extents(self.axes_box(axes, self.dpi), self.dpi))
                   for axes in self._axes]
        left = pad + _reach(extents, _LEFT, _in_first_column)
        right = pad + _reach(extents, _RIGHT, _in_last_column)
        top = pad + _reach(extents, _TOP, _in_first_row)
        bottom = pad + _reach(extents, _BOTTOM, _in_last_row)
        if self._suptitle:
            text, points = self._suptitle
            top += (1 - SUPTITLE_Y) * height + text_height(text, points * self.dpi / 72)
        column_gap = (pad + _reach(extents, _RIGHT, lambda s: not _in_last_column(s))
                      + _reach(extents, _LEFT, lambda s: not _in_first_column(s)))
        row_gap = (pad + _reach(extents, _BOTTOM, lambda s: not _in_last_row(s))
                   + _reach(extents, _TOP, lambda s: not _in_first_row(s)))
        columns = max(spec[1] for spec, _ in extents)
        rows = max(spec[0] for spec, _ in extents)
        cell_width = (width - left - right - (columns - 1) * column_gap) / columns
        cell_height = (height - top - bottom - (rows - 1) * row_gap) / rows
        if cell_width <= 0 or cell_height <= 0:
            return None
        return {"left": left / width, "right": 1 - right / width, "bottom": bottom / height,
                "top": 1 - top / height, "wspace": column_gap / cell_width,
                "hspace": row_gap / cell_height}

    def axes_box(self, axes, dpi):
        """The pixel box of ``axes`` at ``dpi``, from its grid cell and the subplot parameters."""
        nrows, ncols, row, col, rowspan, colspan = axes.get_subplotspec()
        width, height = self._size_px(dpi)
        p = self._params
        cell_width = (p["right"] - p["left"]) * width / (ncols + p["wspace"] * (ncols - 1))
        cell_height = (p["top"] - p["bottom"]) * height / (nrows + p["hspace"] * (nrows - 1))
        gap_x, gap_y = p["wspace"] * cell_width, p["hspace"] * cell_height
        left = p["left"] * width + col * (cell_width + gap_x)
        top = (1 - p["top"]) * height + row * (cell_height + gap_y)
        return Box(left, top, colspan * cell_width + (colspan - 1) * gap_x,
                   rowspan * cell_height + (rowspan - 1) * gap_y)

    # -- output ---------------------------------------------------------------------------------

    def clf(self):
        """Removes all axes, texts and the suptitle."""
        self._clear()

    def clear(self):
        """Same as ``clf()``."""
        self._clear()

    def render_svg(self, dpi=None):
        """The figure as a complete SVG document (a str), at ``dpi`` (default: the figure's)."""
        dpi = self.dpi if dpi is None else dpi
        if self._tight:
            self._tighten()
        width, height = self._size_px(dpi)
        doc = SvgDocument(width, height)
        doc.element("rect", [("width", width), ("height", height),
                             ("fill", to_hex(self._facecolor))])
        for axes in self._axes:
            axes.draw_svg(doc, self.axes_box(axes, dpi), dpi)
        if self._suptitle:
            text, points = self._suptitle
            draw_text(doc, width / 2, (1 - SUPTITLE_Y) * height, plain_text(text),
                      points * dpi / 72, ha="center", va="top")
        figure_coords = DataTransform(Box(0, 0, width, height), (0.0, 1.0), (0.0, 1.0), dpi)
        for text in self._texts:
            text.draw(doc, figure_coords)
        return doc.text()

    def _repr_svg_(self):
        """The SVG document notebook hosts display for a figure."""
        return self.render_svg()

    def savefig(self, fname, format=None, dpi=None, **kwargs):
        """Writes the figure as SVG to a path (``.svg``; no extension adds one) or to an object
        with a ``write`` method."""
        for name in kwargs:
            if name not in SAVEFIG_OPTIONS:
                raise TypeError(f"savefig() got an unexpected keyword argument {name!r}")
        if dpi == "figure":
            dpi = None
        writable = hasattr(fname, "write")
        if not writable:
            fname = str(fname)
        if format is None and not writable:
            base = fname.rsplit("/", 1)[-1]
            if "." in base:
                format = base.rsplit(".", 1)[-1]
            else:
                format = "svg"
                fname += ".svg"
        format = "svg" if format is None else str(format).lower()
        if format != "svg":
            raise ValueError(f"Format {format!r} is not supported (supported formats: svg)")
        document = self.render_svg(dpi)
        if writable:
            fname.write(document)
        else:
            with open(fname, "w") as handle:
                handle.write(document)
