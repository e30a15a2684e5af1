"""One direction (x or y) of an axes: its data conversion, view limits, ticks, label and grid.

Axes created with ``sharex``/``sharey`` put their axis in one ``LimitGroup``: the group owns the
view limits and category names, and autoscales over the data of all its members.
"""

import math

from ._text import text_width
from ._ticks import format_tick_values, max_tick_count, nice_ticks

MARGIN = 0.05  # of the data range, added on each side when autoscaling


class LimitGroup:
    """View limits (fixed or autoscaled) and category names shared by one or more axes."""

    def __init__(self):
        self.members = []
        self.fixed_low = None
        self.fixed_high = None
        self.categories = {}
        self.autoscaled = None  # (low, high) computed from the data, until the data changes


def _nonsingular(value):
    """A small interval around ``value``, for data that has no extent."""
    delta = abs(value) * 0.05 if value != 0 else 0.05
    return value - delta, value + delta


def autoscale(values, sticky):
    """View limits for data ``values``: the range plus a margin on each side, except that a
    side does not cross a sticky value (such as 0 under bars) that the data reaches."""
    finite = [v for v in values if math.isfinite(v)]
    if not finite:
        return 0.0, 1.0
    low, high = float(min(finite)), float(max(finite))
    if low == high:
        low, high = _nonsingular(low)
    margin = MARGIN * (high - low)
    view_low, view_high = low - margin, high + margin
    below = [s for s in sticky if view_low < s <= low]
    above = [s for s in sticky if high <= s < view_high]
    if below:
        view_low = max(below)
    if above:
        view_high = min(above)
    return view_low, view_high


class Axis:
    """The x or y axis of one axes."""

    def __init__(self, axes, name, share=None):
        self.axes = axes
        self.name = name
        self.group = share.group if share is not None else LimitGroup()
        self.group.members.append(self)
        self.label = ""
        self.label_fontsize = None
        self.fixed_ticks = None
        self.fixed_labels = None
        self.tick_rotation = 0.0
        self.show_ticklabels = True
        self.grid_on = False
        self.grid_style = {}

    # data conversion

    def convert(self, values):
        """Data values as floats: numbers as they are, None as NaN, strings as category numbers."""
        converted = []
        for value in values:
            if value is None:
                converted.append(math.nan)
            elif isinstance(value, str):
                converted.append(float(self._category_index(value)))
            elif isinstance(value, (int, float)):
                converted.append(float(value))
            else:
                raise TypeError(f"{self.name} values must be numbers or strings, "
                                f"not {type(value).__name__!r}")
        return converted

    def _category_index(self, name):
        categories = self.group.categories
        if name not in categories:
            categories[name] = len(categories)
        return categories[name]

    # limits

    def _member_artists(self):
        for member in self.group.members:
            for artist in member.axes.artists_for_limits():
                yield artist

    def _extent(self, artist):
        return artist.x_extent() if self.name == "x" else artist.y_extent()

    def _sticky(self, artist):
        return artist.sticky_x if self.name == "x" else artist.sticky_y

    def get_view_interval(self):
        """The (low, high) view limits: fixed ones where set, autoscaled ones elsewhere."""
        group = self.group
        if group.fixed_low is not None and group.fixed_high is not None:
            return group.fixed_low, group.fixed_high
        if group.autoscaled is None:
            values = []
            sticky = []
            for artist in self._member_artists():
                values.extend(self._extent(artist))
                sticky.extend(self._sticky(artist))
            group.autoscaled = autoscale(values, sticky)
        low, high = group.autoscaled
        if group.fixed_low is not None:
            low = group.fixed_low
        if group.fixed_high is not None:
            high = group.fixed_high
        return low, high

    def set_view_interval(self, low, high):
        """Fixes either limit (None leaves that side autoscaled)."""
        for value in (low, high):
            if value is not None and not math.isfinite(value):
                raise ValueError("Axis limits cannot be NaN or Inf")
        if low is not None and high is not None and low == high:
            low, high = _nonsingular(low)
        self.group.fixed_low = None if low is None else float(low)
        self.group.fixed_high = None if high is None else float(high)

    def data_changed(self):
        """Drops the autoscaled limits, after artists were added to or removed from an axes."""
        self.group.autoscaled = None

    def autoscale_view(self):
        """Forgets fixed limits, so the view follows the data again."""
        self.group.fixed_low = None
        self.group.fixed_high = None

    # ticks

    def set_ticks(self, ticks, labels=None):
        """Fixes the tick positions (data values or category names) and optionally their labels."""
        values = self.convert(list(ticks))
        if labels is not None:
            labels = [str(label) for label in labels]
            if len(labels) != len(values):
                raise ValueError(f"The number of FixedLocator locations ({len(values)}), usually "
                                 f"from a call to set_ticks, does not match the number of labels "
                                 f"({len(labels)}).")
        self.fixed_ticks = values
        self.fixed_labels = labels

    def set_ticklabels(self, labels):
        """Replaces the labels of the current ticks."""
        labels = [str(label) for label in labels]
        if self.fixed_ticks is None:
            self.fixed_ticks = [value for value, _ in self.ticks()[0]]
        if len(labels) != len(self.fixed_ticks):
            raise ValueError(f"The number of FixedLocator locations ({len(self.fixed_ticks)}), "
                             f"usually from a call to set_ticks, does not match the number of "
                             f"labels ({len(labels)}).")
        self.fixed_labels = labels

    def ticks(self):
        """([(value, label)], offset text) for the ticks inside the view limits."""
        low, high = self.get_view_interval()
        if self.fixed_ticks is not None:
            labels = self.fixed_labels or format_tick_values(self.fixed_ticks)
            pairs = list(zip(self.fixed_ticks, labels))
            return self._inside(pairs, low, high), ""
        if self.group.categories:
            pairs = [(float(index), name) for name, index in self.group.categories.items()]
            return self._inside(pairs, low, high), ""
        length_px, font_px = self.axes.axis_length_and_font(self.name)
        count = max_tick_count(length_px, font_px, self.name == "x")
        ticks, offset = nice_ticks(low, high, count)
        while count > 2 and not self._labels_fit(ticks, length_px, font_px):
            count -= 1
            ticks, offset = nice_ticks(low, high, count)
        return ticks, offset

    def _labels_fit(self, ticks, length_px, font_px):
        """Whether unrotated x tick labels fit side by side without overlapping."""
        if self.name != "x" or self.tick_rotation != 0 or not ticks:
            return True
        widest = max(text_width(label, font_px) for _, label in ticks)
        return (widest + 0.8 * font_px) * len(ticks) <= length_px

    def _inside(self, pairs, low, high):
        low, high = min(low, high), max(low, high)
        slack = (high - low) * 1e-9
        return [(v, label) for v, label in pairs if low - slack <= v <= high + slack]
