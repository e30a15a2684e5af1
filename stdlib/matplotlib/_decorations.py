"""What surrounds an axes' data: grid lines, the frame, tick marks, tick labels, axis labels and
titles; and how far all that reaches outside the axes box (for ``tight_layout``)."""

import math

from ._colors import opacity, to_hex, to_rgba
from ._styles import dash_array
from ._svg import fmt_number
from ._text import draw_text, plain_text, text_height, text_width
from ._transforms import DataTransform

FONT_SIZE = 10.0    # points: tick labels, axis labels, legends, text
TITLE_SIZE = 12.0   # points
TICK_LENGTH = 3.5   # points
TICK_PAD = 3.5      # points between a tick and its label
LABEL_PAD = 4.0     # points between tick labels and the axis label
TITLE_PAD = 6.0     # points between the axes and its title
FRAME_WIDTH = 0.8   # points, also the tick width
GRID_COLOR = "#b0b0b0"
GRID_WIDTH = 0.8    # points


def _pixels(points, dpi):
    return points * dpi / 72


def _tick_pixels(axis, transform):
    """([(pixel position along the axis, label)], offset text) for the axis' visible ticks."""
    ticks, offset = axis.ticks()
    to_pixel = transform.x if axis.name == "x" else transform.y
    return [(to_pixel(value), label) for value, label in ticks], offset


def _label_block(axis, labels, size):
    """How far the tick labels reach away from the axis, in pixels."""
    if not axis.show_ticklabels or not labels:
        return 0.0
    angle = math.radians(axis.tick_rotation)
    sine, cosine = abs(math.sin(angle)), abs(math.cos(angle))
    widths = [text_width(label, size) for label in labels]
    if axis.name == "x":
        if axis.tick_rotation == 0:
            return size
        return max(w * sine + size * cosine / 2 for w in widths)
    return max(w * cosine + size * sine / 2 for w in widths)


def draw_grid(axes, doc, transform):
    """Grid lines across the axes at the ticks of each axis whose grid is on."""
    box = transform.box
    for axis in (axes.xaxis, axes.yaxis):
        if not axis.grid_on:
            continue
        style = axis.grid_style
        rgba = to_rgba(style.get("color", GRID_COLOR), style.get("alpha"))
        width = _pixels(style.get("linewidth", GRID_WIDTH), transform.dpi)
        segments = []
        for position, _ in _tick_pixels(axis, transform)[0]:
            if axis.name == "x":
                segments.append(((position, box.top), (position, box.bottom)))
            else:
                segments.append(((box.left, position), (box.right, position)))
        _draw_segments(doc, segments, rgba, width, style.get("linestyle", "-"))


def _draw_segments(doc, segments, rgba, width, linestyle="-"):
    if not segments or linestyle == "None":
        return
    path = "".join(f"M{fmt_number(x0)} {fmt_number(y0)}L{fmt_number(x1)} {fmt_number(y1)}"
                   for (x0, y0), (x1, y1) in segments)
    doc.element("path", [("d", path), ("fill", "none"), ("stroke", to_hex(rgba)),
                         ("stroke-opacity", opacity(rgba)), ("stroke-width", width),
                         ("stroke-dasharray", dash_array(linestyle, width)),
                         ("stroke-linecap", "square" if linestyle == "-" else "butt")])


def draw_decorations(axes, doc, transform, axis_on):
    """Frame, ticks, tick labels and axis labels (when ``axis_on``), then the titles."""
    if axis_on:
        box = transform.box
        dpi = transform.dpi
        black = (0.0, 0.0, 0.0, 1.0)
        frame = [((box.left, box.top), (box.right, box.top)),
                 ((box.right, box.top), (box.right, box.bottom)),
                 ((box.right, box.bottom), (box.left, box.bottom)),
                 ((box.left, box.bottom), (box.left, box.top))]
        _draw_segments(doc, frame, black, _pixels(FRAME_WIDTH, dpi))
        _draw_x_axis(axes.xaxis, doc, transform)
        _draw_y_axis(axes.yaxis, doc, transform)
    _draw_titles(axes, doc, transform)


def _draw_x_axis(axis, doc, transform):
    box, dpi = transform.box, transform.dpi
    ticks, offset = _tick_pixels(axis, transform)
    tick_length, pad = _pixels(TICK_LENGTH, dpi), _pixels(TICK_PAD, dpi)
    size = _pixels(FONT_SIZE, dpi)
    marks = [((x, box.bottom), (x, box.bottom + tick_length)) for x, _ in ticks]
    _draw_segments(doc, marks, (0.0, 0.0, 0.0, 1.0), _pixels(FRAME_WIDTH, dpi))
    top = box.bottom + tick_length + pad
    if axis.show_ticklabels:
        rotated = axis.tick_rotation != 0
        for x, label in ticks:
            draw_text(doc, x, top, label, size, ha="right" if rotated else "center",
                      va="center" if rotated else "top", rotation=axis.tick_rotation)
    below = top + _label_block(axis, [label for _, label in ticks], size) + _pixels(LABEL_PAD, dpi)
    if offset:
        draw_text(doc, box.right, below, offset, size, ha="right", va="top")
    if axis.label:
        draw_text(doc, box.left + box.width / 2, below, plain_text(axis.label),
                  _pixels(axis.label_fontsize, dpi), ha="center", va="top")


def _draw_y_axis(axis, doc, transform):
    box, dpi = transform.box, transform.dpi
    ticks, offset = _tick_pixels(axis, transform)
    tick_length, pad = _pixels(TICK_LENGTH, dpi), _pixels(TICK_PAD, dpi)
    size = _pixels(FONT_SIZE, dpi)
    marks = [((box.left - tick_length, y), (box.left, y)) for y, _ in ticks]
    _draw_segments(doc, marks, (0.0, 0.0, 0.0, 1.0), _pixels(FRAME_WIDTH, dpi))
    right = box.left - tick_length - pad
    if axis.show_ticklabels:
        for y, label in ticks:
            draw_text(doc, right, y, label, size, ha="right", va="center",
                      rotation=axis.tick_rotation)
    if offset:
        draw_text(doc, box.left, box.top - _pixels(2.0, dpi), offset, size, ha="left",
                  va="bottom")
    if axis.label:
        label_right = right - _label_block(axis, [l for _, l in ticks], size) - _pixels(LABEL_PAD, dpi)
        draw_text(doc, label_right, box.top + box.height / 2, plain_text(axis.label),
                  _pixels(axis.label_fontsize, dpi), ha="center", va="bottom", rotation=90)


def _draw_titles(axes, doc, transform):
    box, dpi = transform.box, transform.dpi
    anchors = {"left": (box.left, "left"), "center": (box.left + box.width / 2, "center"),
               "right": (box.right, "right")}
    for loc, (text, points) in axes._titles.items():
        if text:
            x, ha = anchors[loc]
            draw_text(doc, x, box.top - _pixels(TITLE_PAD, dpi), plain_text(text),
                      _pixels(points, dpi), ha=ha, va="bottom")


def decoration_extents(axes, box, dpi):
    """(left, right, top, bottom): pixels by which decorations reach outside ``box``."""
    transform = DataTransform(box, axes.get_xlim(), axes.get_ylim(), dpi)
    size = _pixels(FONT_SIZE, dpi)
    top = 0.0
    for text, points in axes._titles.values():
        if text:
            top = max(top, _pixels(TITLE_PAD, dpi) + text_height(plain_text(text), _pixels(points, dpi)))
    if not axes._axis_on:
        return 0.0, 0.0, top, 0.0
    ticks_out = _pixels(TICK_LENGTH, dpi) + _pixels(TICK_PAD, dpi)
    x_ticks, x_offset = _tick_pixels(axes.xaxis, transform)
    y_ticks, y_offset = _tick_pixels(axes.yaxis, transform)
    x_block = _label_block(axes.xaxis, [l for _, l in x_ticks], size)
    y_block = _label_block(axes.yaxis, [l for _, l in y_ticks], size)
    bottom = ticks_out + x_block
    if axes.xaxis.label or x_offset:
        label = plain_text(axes.xaxis.label) or x_offset
        label_size = _pixels(axes.xaxis.label_fontsize or FONT_SIZE, dpi)
        bottom += _pixels(LABEL_PAD, dpi) + text_height(label, label_size)
    left = ticks_out + y_block
    if axes.yaxis.label:
        left += _pixels(LABEL_PAD, dpi) + text_height(plain_text(axes.yaxis.label),
                                                      _pixels(axes.yaxis.label_fontsize, dpi))
    if y_offset:
        top = max(top, _pixels(2.0, dpi) + size)
    if y_ticks and axes.yaxis.show_ticklabels:
        top = max(top, size / 2)
        bottom = max(bottom, size / 2)
    right = 0.0
    if axes.xaxis.show_ticklabels and axes.xaxis.tick_rotation == 0:
        for x, label in x_ticks:
            half = text_width(label, size) / 2
            right = max(right, x + half - box.right)
            left = max(left, box.left - (x - half))
    return left, right, top, bottom
