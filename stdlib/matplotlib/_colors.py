"""Colour specifications: parsing to RGBA, hex output, the default cycle and a colormap."""

import math

TAB10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
         "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

TAB_NAMES = ["blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"]

BASE_COLORS = {
    "b": (0.0, 0.0, 1.0), "g": (0.0, 0.5, 0.0), "r": (1.0, 0.0, 0.0), "c": (0.0, 0.75, 0.75),
    "m": (0.75, 0.0, 0.75), "y": (0.75, 0.75, 0.0), "k": (0.0, 0.0, 0.0), "w": (1.0, 1.0, 1.0),
}

NAMED_COLORS = {
    "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000",
    "blue": "#0000ff", "yellow": "#ffff00", "cyan": "#00ffff", "aqua": "#00ffff",
    "magenta": "#ff00ff", "fuchsia": "#ff00ff", "orange": "#ffa500", "purple": "#800080",
    "gray": "#808080", "grey": "#808080", "brown": "#a52a2a", "pink": "#ffc0cb",
    "navy": "#000080", "teal": "#008080", "olive": "#808000", "lime": "#00ff00",
    "maroon": "#800000", "gold": "#ffd700", "silver": "#c0c0c0", "indigo": "#4b0082",
    "violet": "#ee82ee", "tan": "#d2b48c", "khaki": "#f0e68c", "turquoise": "#40e0d0",
    "orchid": "#da70d6", "chocolate": "#d2691e", "firebrick": "#b22222", "crimson": "#dc143c",
    "coral": "#ff7f50", "tomato": "#ff6347", "salmon": "#fa8072", "beige": "#f5f5dc",
    "darkblue": "#00008b", "darkgreen": "#006400", "darkred": "#8b0000",
    "darkorange": "#ff8c00", "darkgray": "#a9a9a9", "darkgrey": "#a9a9a9",
    "lightblue": "#add8e6", "lightgreen": "#90ee90", "lightgray": "#d3d3d3",
    "lightgrey": "#d3d3d3", "skyblue": "#87ceeb", "steelblue": "#4682b4",
    "royalblue": "#4169e1", "forestgreen": "#228b22", "seagreen": "#2e8b57",
    "slategray": "#708090", "slategrey": "#708090", "indianred": "#cd5c5c",
    "goldenrod": "#daa520", "orangered": "#ff4500", "deepskyblue": "#00bfff",
    "dodgerblue": "#1e90ff", "limegreen": "#32cd32", "mediumpurple": "#9370db",
}

# Viridis sampled at nine evenly spaced points; values in between are interpolated.
VIRIDIS_ANCHORS = ["#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c",
                   "#28ae80", "#5ec962", "#addc30", "#fde725"]


def _hex_to_rgba(text):
    digits = text[1:]
    if len(digits) in (3, 4):
        digits = "".join(d + d for d in digits)
    if len(digits) not in (6, 8):
        return None
    try:
        channels = [int(digits[i:i + 2], 16) / 255 for i in range(0, len(digits), 2)]
    except ValueError:
        return None
    if len(channels) == 3:
        channels.append(1.0)
    return tuple(channels)


def _string_to_rgba(text):
    lowered = text.lower()
    if lowered == "none":
        return (0.0, 0.0, 0.0, 0.0)
    if lowered.startswith("#"):
        return _hex_to_rgba(lowered)
    if text in BASE_COLORS:
        return BASE_COLORS[text] + (1.0,)
    if len(text) == 2 and text[0] == "C" and text[1].isdigit():
        return _hex_to_rgba(TAB10[int(text[1])])
    if lowered.startswith("tab:") and lowered[4:] in TAB_NAMES:
        return _hex_to_rgba(TAB10[TAB_NAMES.index(lowered[4:])])
    if lowered in NAMED_COLORS:
        return _hex_to_rgba(NAMED_COLORS[lowered])
    try:
        level = float(text)
    except ValueError:
        return None
    if 0.0 <= level <= 1.0:
        return (level, level, level, 1.0)
    return None


def _sequence_to_rgba(values):
    if len(values) not in (3, 4):
        return None
    for value in values:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        if not 0 <= value <= 1:
            return None
    channels = [float(v) for v in values]
    if len(channels) == 3:
        channels.append(1.0)
    return tuple(channels)


def is_color_like(color):
    """Whether ``color`` is a colour specification this module understands."""
    if isinstance(color, str):
        return _string_to_rgba(color) is not None
    if isinstance(color, (list, tuple)):
        return _sequence_to_rgba(color) is not None
    return False


def to_rgba(color, alpha=None):
    """``(r, g, b, a)`` floats in [0, 1] for a colour name, letter, ``Cn``, hex string, grey level
    string or RGB(A) tuple; ``alpha`` (when not None) replaces the alpha channel."""
    rgba = None
    if isinstance(color, str):
        rgba = _string_to_rgba(color)
    elif isinstance(color, (list, tuple)):
        rgba = _sequence_to_rgba(color)
    if rgba is None:
        raise ValueError(f"Invalid RGBA argument: {color!r}")
    if alpha is not None:
        if not 0 <= alpha <= 1:
            raise ValueError(f"alpha ({alpha}) is outside 0-1 range")
        rgba = (rgba[0], rgba[1], rgba[2], float(alpha))
    return rgba


def to_hex(rgba):
    """``#rrggbb`` for an RGBA tuple (alpha is ignored)."""
    return "#" + "".join(f"{round(channel * 255):02x}" for channel in rgba[:3])


def opacity(rgba):
    """The alpha of ``rgba`` when it is not fully opaque, else None (so no attribute is written)."""
    return None if rgba[3] >= 1.0 else rgba[3]


class ColorCycle:
    """The default property cycle: tab10 colours, in order, wrapping around."""

    def __init__(self):
        self._index = 0

    def next_color(self):
        """The next colour of the cycle, as a hex string."""
        color = TAB10[self._index % len(TAB10)]
        self._index += 1
        return color


def viridis(fraction):
    """The viridis colormap at ``fraction`` (clipped to [0, 1]), as an RGBA tuple."""
    if math.isnan(fraction):
        return (0.0, 0.0, 0.0, 0.0)
    fraction = min(1.0, max(0.0, fraction))
    position = fraction * (len(VIRIDIS_ANCHORS) - 1)
    index = min(int(position), len(VIRIDIS_ANCHORS) - 2)
    weight = position - index
    low = _hex_to_rgba(VIRIDIS_ANCHORS[index])
    high = _hex_to_rgba(VIRIDIS_ANCHORS[index + 1])
    return tuple(low[i] + (high[i] - low[i]) * weight for i in range(3)) + (1.0,)


def colormap(name):
    """The colormap function called ``name`` (only ``"viridis"`` is provided)."""
    if name is None or name == "viridis":
        return viridis
    if callable(name):
        return name
    raise ValueError(f"{name!r} is not a valid value for cmap; supported values are 'viridis'")
