"""matplotlib.pyplot for Prism: matplotlib's state-machine plotting interface, drawing SVG.

Module functions act on the current figure and its current axes, creating them when needed::

    import matplotlib.pyplot as plt
    plt.plot([1, 2, 3], [4, 1, 9], "r--", label="data")
    plt.legend()
    plt.savefig("out.svg")

Figures render through ``Figure._repr_svg_()`` (what a notebook host displays) and ``savefig``,
which writes SVG only. ``show()`` hands open figures to ``sys._prism_display`` when the host
installed one, and otherwise does nothing, like matplotlib's non-interactive backends.
"""

import sys

from ._axes import Axes, BarContainer
from ._artists import Line2D, PathCollection, Polygon, Rectangle, Text
from ._figure import Figure, subplot_spec
from ._grid import AxesArray
from ._legend import Legend

__all__ = ["Axes", "AxesArray", "BarContainer", "Figure", "Legend", "Line2D", "PathCollection",
           "Polygon", "Rectangle", "Text", "axhline", "axis", "axvline", "bar", "barh", "cla",
           "clf", "close", "fill_between", "figure", "gca", "gcf", "get_fignums", "grid",
           "hist", "legend", "plot", "savefig", "scatter", "sca", "show", "subplot",
           "subplots", "subplots_adjust", "suptitle", "text", "tight_layout", "title",
           "xlabel", "xlim", "xticks", "ylabel", "ylim", "yticks"]

_figures = {}            # figure number -> Figure, in creation order
_current = [None]        # the current Figure (a one-item list, so functions can rebind it)


# -- figures ---------------------------------------------------------------------------------------

def _next_number():
    return max([n for n in _figures if isinstance(n, int)], default=0) + 1


def figure(num=None, figsize=None, dpi=None, facecolor=None, clear=False, **kwargs):
    """Makes a new figure current and returns it; with ``num`` of an existing figure (its number,
    its label, or the Figure), makes that one current instead."""
    if isinstance(num, Figure):
        _current[0] = num
        return num
    if num is not None and num in _figures:
        existing = _figures[num]
        if clear:
            existing.clf()
        _current[0] = existing
        return existing
    if num is not None and not isinstance(num, (int, str)):
        raise TypeError(f"num must be an int, a str or a Figure, not {type(num).__name__}")
    new = Figure(figsize=(6.4, 4.8) if figsize is None else figsize,
                 dpi=100 if dpi is None else dpi,
                 facecolor="white" if facecolor is None else facecolor, **kwargs)
    new.number = num if isinstance(num, int) else _next_number()
    if isinstance(num, str):
        new.label = num
    _figures[num if num is not None else new.number] = new
    _current[0] = new
    return new


def gcf():
    """The current figure, creating one when there is none."""
    if _current[0] is None:
        return figure()
    return _current[0]


def gca():
    """The current axes of the current figure, creating them when needed."""
    return gcf().gca()


def sca(ax):
    """Makes ``ax`` (and its figure) current."""
    figure(ax.figure)
    return ax.figure.sca(ax)


def get_fignums():
    """The numbers of the open figures, sorted."""
    return sorted(f.number for f in _figures.values())


def subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, figsize=None,
             dpi=None, **kwargs):
    """A new figure with a grid of axes: returns (fig, ax) where ax is an Axes for 1x1, a 1-D
    AxesArray for one row or column, and a 2-D AxesArray otherwise (always 2-D without squeeze)."""
    fig = figure(figsize=figsize, dpi=dpi, **kwargs)
    axes = fig.subplots(nrows, ncols, sharex=sharex, sharey=sharey, squeeze=squeeze)
    return fig, axes


def subplot(*args, **kwargs):
    """The axes in a grid cell of the current figure (``subplot(2, 1, 1)`` or ``subplot(211)``),
    reusing an existing axes in that cell."""
    fig = gcf()
    spec = subplot_spec(args)
    for existing in fig.axes:
        if existing.get_subplotspec() == spec and not kwargs:
            return fig.sca(existing)
    return fig.add_subplot(*args, **kwargs)


def close(fig=None):
    """Closes the current figure, a given one (Figure, number or label), or ``"all"``."""
    if fig == "all":
        _figures.clear()
        _current[0] = None
        return
    target = _current[0] if fig is None else fig
    for key, candidate in list(_figures.items()):
        if candidate is target or key == target or candidate.number == target:
            del _figures[key]
            if _current[0] is candidate:
                remaining = list(_figures.values())
                _current[0] = remaining[-1] if remaining else None


def clf():
    """Clears the current figure."""
    gcf().clf()


def cla():
    """Clears the current axes."""
    gca().cla()


def show(*args, **kwargs):
    """Hands each open figure to the notebook host's ``sys._prism_display`` and closes them;
    without a host (a plain script) does nothing, like a non-interactive backend."""
    display = getattr(sys, "_prism_display", None)
    if display is None:
        return
    for fig in list(_figures.values()):
        display(fig)
    close("all")


def savefig(fname, format=None, dpi=None, **kwargs):
    """Writes the current figure as SVG (see ``Figure.savefig``)."""
    gcf().savefig(fname, format=format, dpi=dpi, **kwargs)


def tight_layout(pad=1.08):
    """Fits the current figure's margins to its labels and titles."""
    gcf().tight_layout(pad=pad)


def subplots_adjust(left=None, bottom=None, right=None, top=None, wspace=None, hspace=None):
    """Sets the current figure's subplot margins and gaps."""
    gcf().subplots_adjust(left, bottom, right, top, wspace, hspace)


def suptitle(t, **kwargs):
    """Sets the current figure's title above all axes."""
    return gcf().suptitle(t, **kwargs)


# -- plotting on the current axes -----------------------------------------------------------------

def plot(*args, **kwargs):
    """Lines and markers on the current axes (see ``Axes.plot``)."""
    return gca().plot(*args, **kwargs)


def scatter(x, y, s=None, c=None, marker="o", **kwargs):
    """A scatter plot on the current axes (see ``Axes.scatter``)."""
    return gca().scatter(x, y, s=s, c=c, marker=marker, **kwargs)


def bar(x, height, width=0.8, bottom=None, **kwargs):
    """Vertical bars on the current axes (see ``Axes.bar``)."""
    return gca().bar(x, height, width, bottom, **kwargs)


def barh(y, width, height=0.8, left=None, **kwargs):
    """Horizontal bars on the current axes (see ``Axes.barh``)."""
    return gca().barh(y, width, height, left, **kwargs)


def hist(x, bins=10, **kwargs):
    """A histogram on the current axes; returns (counts, edges, patches) (see ``Axes.hist``)."""
    return gca().hist(x, bins, **kwargs)


def fill_between(x, y1, y2=0, **kwargs):
    """Fills between two curves on the current axes (see ``Axes.fill_between``)."""
    return gca().fill_between(x, y1, y2, **kwargs)


def axhline(y=0, xmin=0, xmax=1, **kwargs):
    """A horizontal line across the current axes."""
    return gca().axhline(y, xmin, xmax, **kwargs)


def axvline(x=0, ymin=0, ymax=1, **kwargs):
    """A vertical line across the current axes."""
    return gca().axvline(x, ymin, ymax, **kwargs)


def text(x, y, s, **kwargs):
    """Writes ``s`` at data point (x, y) of the current axes."""
    return gca().text(x, y, s, **kwargs)


# -- labels, limits, ticks, grid, legend -----------------------------------------------------------

def title(label, loc="center", **kwargs):
    """Sets the current axes' title."""
    gca().set_title(label, loc=loc, **kwargs)
    return label


def xlabel(xlabel, **kwargs):
    """Sets the current axes' x label."""
    gca().set_xlabel(xlabel, **kwargs)
    return xlabel


def ylabel(ylabel, **kwargs):
    """Sets the current axes' y label."""
    gca().set_ylabel(ylabel, **kwargs)
    return ylabel


def xlim(*args, **kwargs):
    """Gets (no arguments) or sets (``xlim(left, right)``, ``xlim((left, right))``,
    ``xlim(left=...)``) the current axes' x limits; returns them."""
    ax = gca()
    if not args and not kwargs:
        return ax.get_xlim()
    return ax.set_xlim(*args, **kwargs)


def ylim(*args, **kwargs):
    """Gets or sets the current axes' y limits (like ``xlim``); returns them."""
    ax = gca()
    if not args and not kwargs:
        return ax.get_ylim()
    return ax.set_ylim(*args, **kwargs)


def _ticks(ax, axis, ticks, labels, rotation):
    setter = ax.set_xticks if axis == "x" else ax.set_yticks
    if ticks is not None:
        setter(ticks, labels)
    elif labels is not None:
        raise TypeError("xticks(): Parameter 'labels' can't be set without setting 'ticks'")
    target = ax.xaxis if axis == "x" else ax.yaxis
    if rotation is not None:
        target.tick_rotation = float(rotation)
    pairs = target.ticks()[0]
    return [value for value, _ in pairs], [label for _, label in pairs]


def xticks(ticks=None, labels=None, *, rotation=None):
    """Gets or sets the current axes' x ticks; returns (positions, labels)."""
    return _ticks(gca(), "x", ticks, labels, rotation)


def yticks(ticks=None, labels=None, *, rotation=None):
    """Gets or sets the current axes' y ticks; returns (positions, labels)."""
    return _ticks(gca(), "y", ticks, labels, rotation)


def grid(visible=None, which="major", axis="both", **kwargs):
    """Shows, hides or toggles the current axes' grid lines."""
    gca().grid(visible, which=which, axis=axis, **kwargs)


def legend(*args, **kwargs):
    """Draws a legend on the current axes (see ``Axes.legend``)."""
    return gca().legend(*args, **kwargs)


def axis(arg=None):
    """Turns the current axes' frame and ticks ``"on"``/``"off"`` or sets its limits."""
    return gca().axis(arg)
