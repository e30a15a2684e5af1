"""Text: point sizes in pixels, estimated text extents, simple mathtext, and drawing text in SVG."""

from ._svg import fmt_number

# Approximate advance widths of DejaVu Sans, in ems, for the characters that differ most from
# the default; used only to size legends and margins, never sent to the SVG.
_NARROW = {"i": 0.28, "j": 0.28, "l": 0.28, "I": 0.3, "!": 0.4, "'": 0.28, "|": 0.34,
           ".": 0.32, ",": 0.32, ":": 0.34, ";": 0.34, " ": 0.32, "f": 0.35, "t": 0.39,
           "r": 0.41, "(": 0.39, ")": 0.39, "[": 0.39, "]": 0.39, "-": 0.36, "/": 0.34}
_WIDE = {"m": 0.97, "w": 0.82, "M": 0.86, "W": 0.99, "\u2212": 0.84, "%": 0.95, "@": 1.0}
_DIGIT_WIDTH = 0.64
_LOWER_WIDTH = 0.6
_UPPER_WIDTH = 0.72
_OTHER_WIDTH = 0.7

ASCENT = 0.76   # of the font size, above the baseline
DESCENT = 0.24  # of the font size, below the baseline
LINE_SPACING = 1.2

_MATH_SYMBOLS = {
    "alpha": "\u03b1", "beta": "\u03b2", "gamma": "\u03b3", "delta": "\u03b4",
    "epsilon": "\u03b5", "theta": "\u03b8", "lambda": "\u03bb", "mu": "\u03bc", "pi": "\u03c0",
    "rho": "\u03c1", "sigma": "\u03c3", "tau": "\u03c4", "phi": "\u03c6", "omega": "\u03c9",
    "Delta": "\u0394", "Sigma": "\u03a3", "Omega": "\u03a9", "times": "\u00d7", "cdot": "\u00b7",
    "pm": "\u00b1", "circ": "\u00b0", "infty": "\u221e", "leq": "\u2264", "geq": "\u2265",
}
_SUPERSCRIPTS = {"0": "\u2070", "1": "\u00b9", "2": "\u00b2", "3": "\u00b3", "4": "\u2074",
                 "5": "\u2075", "6": "\u2076", "7": "\u2077", "8": "\u2078", "9": "\u2079",
                 "-": "\u207b", "+": "\u207a", "n": "\u207f"}


_NAMED_SIZES = {"xx-small": 5.79, "x-small": 6.94, "small": 8.33, "medium": 10.0,
                "large": 12.0, "x-large": 14.4, "xx-large": 17.28, "larger": 12.0, "smaller": 8.33}


def font_size(size, default):
    """A font size in points from a number or a name such as ``"small"`` (None means ``default``)."""
    if size is None:
        return float(default)
    if isinstance(size, str):
        if size not in _NAMED_SIZES:
            names = ", ".join(repr(n) for n in _NAMED_SIZES)
            raise ValueError(f"{size!r} is not a valid font size; use a number or one of {names}")
        return _NAMED_SIZES[size]
    return float(size)


def points_to_pixels(points, dpi):
    """A length in typographic points (1/72 inch) as pixels at ``dpi``."""
    return points * dpi / 72


def _char_width(char):
    if char in _NARROW:
        return _NARROW[char]
    if char in _WIDE:
        return _WIDE[char]
    if char.isdigit():
        return _DIGIT_WIDTH
    if char.islower():
        return _LOWER_WIDTH
    if char.isupper():
        return _UPPER_WIDTH
    return _OTHER_WIDTH


def text_width(text, size):
    """Estimated width in pixels of the widest line of ``text`` at font size ``size`` pixels."""
    return max(sum(_char_width(c) for c in line) for line in text.split("\n")) * size


def text_height(text, size):
    """Height in pixels of ``text``'s lines at font size ``size`` pixels."""
    lines = text.count("\n") + 1
    return size * (1 + (lines - 1) * LINE_SPACING)


def _math_to_plain(math_text):
    out = []
    index = 0
    while index < len(math_text):
        char = math_text[index]
        if char == "\\":
            end = index + 1
            while end < len(math_text) and math_text[end].isalpha():
                end += 1
            name = math_text[index + 1:end]
            out.append(_MATH_SYMBOLS.get(name, name))
            index = end
            continue
        if char == "^":
            end = index + 2
            group = math_text[index + 1:end]
            if group == "{":
                end = math_text.find("}", index)
                end = len(math_text) if end < 0 else end + 1
                group = math_text[index + 2:end - 1]
            if all(c in _SUPERSCRIPTS for c in group):
                out.append("".join(_SUPERSCRIPTS[c] for c in group))
            else:
                out.append("^" + group)
            index = end
            continue
        if char not in "{}":
            out.append(char)
        index += 1
    return "".join(out)


def plain_text(text):
    """``text`` with ``$...$`` math spans turned into plain Unicode (Greek letters, superscripts)."""
    text = str(text)
    if text.count("$") < 2 or text.count("$") % 2 != 0:
        return text
    pieces = text.split("$")
    return "".join(_math_to_plain(p) if i % 2 else p for i, p in enumerate(pieces))


def _baseline_offset(va, size, height):
    """How far below the anchor the first baseline is, for a vertical alignment."""
    if va == "top":
        return ASCENT * size
    if va == "center":
        return ASCENT * size - height / 2
    if va == "bottom":
        return ASCENT * size - height
    return 0.0


_ANCHORS = {"left": "start", "center": "middle", "right": "end"}
_VERTICAL = ["top", "center", "bottom", "baseline"]


def check_alignment(ha, va):
    """Raises a ValueError unless ``ha`` and ``va`` are valid text alignments."""
    if ha not in _ANCHORS:
        raise ValueError(f"{ha!r} is not a valid value for horizontalalignment; "
                         "supported values are 'left', 'center', 'right'")
    if va not in _VERTICAL:
        raise ValueError(f"{va!r} is not a valid value for verticalalignment; "
                         "supported values are 'top', 'bottom', 'center', 'baseline'")


def draw_text(doc, x, y, text, size, ha="left", va="baseline", rotation=0.0,
              color="#000000", opacity=None, weight=None):
    """Draws ``text`` (one or more lines) anchored at pixel (x, y), rotated counter-clockwise."""
    if text == "":
        return
    check_alignment(ha, va)
    lines = text.split("\n")
    baseline = y + _baseline_offset(va, size, text_height(text, size))
    transform = None
    if rotation:
        transform = f"rotate({fmt_number(-rotation)} {fmt_number(x)} {fmt_number(y)})"
    for index, line in enumerate(lines):
        doc.element("text", [("x", x), ("y", baseline + index * LINE_SPACING * size),
                             ("font-size", size), ("text-anchor", _ANCHORS[ha]),
                             ("font-weight", weight), ("fill", color),
                             ("fill-opacity", opacity), ("transform", transform)], line)
