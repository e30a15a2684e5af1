"""Line styles and matplotlib's short format strings such as ``"r--"`` or ``"b-o"``."""

from ._colors import BASE_COLORS, is_color_like
from ._markers import MARKER_CODES
from ._svg import fmt_number

_LINESTYLE_NAMES = {"-": "-", "solid": "-", "--": "--", "dashed": "--", "-.": "-.",
                    "dashdot": "-.", ":": ":", "dotted": ":",
                    "None": "None", "none": "None", " ": "None", "": "None"}

# Dash patterns in multiples of the line width (on, off, on, off ...).
_DASH_PATTERNS = {"--": (3.7, 1.6), "-.": (6.4, 1.6, 1.0, 1.6), ":": (1.0, 1.65)}


def check_linestyle(linestyle):
    """The canonical short name (``- -- -. : None``) of ``linestyle``, or a ValueError."""
    if linestyle in _LINESTYLE_NAMES:
        return _LINESTYLE_NAMES[linestyle]
    supported = ", ".join(repr(name) for name in ["-", "--", "-.", ":", "None", " ", "",
                                                  "solid", "dashed", "dashdot", "dotted"])
    raise ValueError(f"{linestyle!r} is not a valid value for linestyle; supported values are {supported}")


def dash_array(linestyle, width):
    """The SVG ``stroke-dasharray`` lengths for a canonical line style and a line width, or None."""
    pattern = _DASH_PATTERNS.get(linestyle)
    if pattern is None:
        return None
    return ",".join(fmt_number(length * width) for length in pattern)


def _format_error(fmt, reason):
    return ValueError(f"{fmt!r} is not a valid format string ({reason})")


def parse_format(fmt):
    """(linestyle, marker, color) given by a format string; absent parts are None.

    A format that names neither a line style nor a marker means a solid line; one that names only
    a marker means no line.
    """
    if fmt != "" and is_color_like(fmt) and not all(c in BASE_COLORS for c in fmt):
        return "-", None, fmt
    linestyle = marker = color = None
    index = 0
    while index < len(fmt):
        pair = fmt[index:index + 2]
        char = fmt[index]
        if pair in ("--", "-.") or char in "-:":
            if linestyle is not None:
                raise _format_error(fmt, "two linestyle symbols")
            linestyle = pair if pair in ("--", "-.") else char
            index += len(linestyle)
            continue
        if char in MARKER_CODES:
            if marker is not None:
                raise _format_error(fmt, "two marker symbols")
            marker = char
        elif char in BASE_COLORS or (char == "C" and fmt[index + 1:index + 2].isdigit()):
            if color is not None:
                raise _format_error(fmt, "two color symbols")
            color = char if char != "C" else fmt[index:index + 2]
            index += len(color)
            continue
        else:
            raise _format_error(fmt, f"unrecognized character {char!r}")
        index += 1
    if linestyle is None and marker is None:
        linestyle = "-"
    elif linestyle is None:
        linestyle = "None"
    return linestyle, marker, color
