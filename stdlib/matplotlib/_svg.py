"""Writing SVG text: number formatting, escaping, and a line-per-element document builder."""


def fmt_number(value):
    """``value`` rounded to 2 decimals, without trailing zeros, never ``-0`` (``2.50`` -> ``2.5``)."""
    text = f"{value:.2f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        return "0"
    return text


def escape(text):
    """``text`` with the characters special in XML (``& < > "``) replaced by entities."""
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _attribute_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return fmt_number(value)
    return escape(str(value))


def attributes(pairs):
    """`` name="value"`` text for each (name, value) pair whose value is not None."""
    parts = []
    for name, value in pairs:
        if value is not None:
            parts.append(f' {name}="{_attribute_text(value)}"')
    return "".join(parts)


def points_path(points):
    """Path data ``M x y L x y ...`` through the given pixel points."""
    parts = []
    for index, (x, y) in enumerate(points):
        command = "M" if index == 0 else "L"
        parts.append(f"{command}{fmt_number(x)} {fmt_number(y)}")
    return "".join(parts)


def polygon_path(points):
    """Closed path data through the given pixel points."""
    return points_path(points) + "Z"


class SvgDocument:
    """An SVG document assembled one element per line, in drawing order."""

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self._lines = []
        self._definitions = []
        self._defined_ids = []

    def element(self, tag, pairs, text=None):
        """Appends ``<tag .../>``, or ``<tag ...>text</tag>`` when ``text`` is given (escaped here)."""
        if text is None:
            self._lines.append(f"<{tag}{attributes(pairs)}/>")
        else:
            self._lines.append(f"<{tag}{attributes(pairs)}>{escape(text)}</{tag}>")

    def open_group(self, pairs):
        """Opens a ``<g>`` whose attributes apply to everything until ``close_group``."""
        self._lines.append(f"<g{attributes(pairs)}>")

    def close_group(self):
        """Closes the innermost open ``<g>``."""
        self._lines.append("</g>")

    def define_clip_rect(self, x, y, width, height):
        """The id of a clip path for this pixel rectangle, defined once per document.

        The id is spelled from the rectangle itself, so that two SVGs shown in one page can only
        share an id when they mean the same clip rectangle.
        """
        numbers = [fmt_number(v).replace("-", "m").replace(".", "_") for v in (x, y, width, height)]
        clip_id = "clip-" + "-".join(numbers)
        if clip_id not in self._defined_ids:
            self._defined_ids.append(clip_id)
            rect = attributes([("x", x), ("y", y), ("width", width), ("height", height)])
            self._definitions.append(f'<clipPath id="{clip_id}"><rect{rect}/></clipPath>')
        return clip_id

    def text(self):
        """The whole document as one string, ending with a newline."""
        header = ('<svg xmlns="http://www.w3.org/2000/svg" version="1.1"'
                  + attributes([("width", self.width), ("height", self.height)])
                  + f' viewBox="0 0 {fmt_number(self.width)} {fmt_number(self.height)}"'
                  + ' font-family="DejaVu Sans, Bitstream Vera Sans, Arial, Helvetica, sans-serif"'
                  + ' stroke-linejoin="round" stroke-linecap="butt">')
        parts = [header]
        if self._definitions:
            parts.append("<defs>")
            parts.extend(self._definitions)
            parts.append("</defs>")
        parts.extend(self._lines)
        parts.append("</svg>")
        return "\n".join(parts) + "\n"
