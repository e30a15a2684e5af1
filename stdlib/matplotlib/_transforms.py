"""Mapping data coordinates to SVG pixels inside an axes rectangle."""


class Box:
    """A pixel rectangle: left and top edges (SVG's y grows downwards), width and height."""

    def __init__(self, left, top, width, height):
        self.left = left
        self.top = top
        self.width = width
        self.height = height

    @property
    def right(self):
        """The x of the right edge."""
        return self.left + self.width

    @property
    def bottom(self):
        """The y of the bottom edge."""
        return self.top + self.height

    def contains(self, x, y):
        """Whether pixel (x, y) lies inside the box (edges included)."""
        return self.left <= x <= self.right and self.top <= y <= self.bottom

    def overlaps(self, other):
        """Whether this box and ``other`` share some area."""
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)

    def __repr__(self):
        return f"Box({self.left}, {self.top}, {self.width}, {self.height})"


class DataTransform:
    """Data coordinates to pixels for an axes box with given x and y view limits."""

    def __init__(self, box, xlim, ylim, dpi):
        self.box = box
        self.xlim = xlim
        self.ylim = ylim
        self.dpi = dpi

    def x(self, value):
        """The pixel x of data x ``value``."""
        low, high = self.xlim
        return self.box.left + (value - low) / (high - low) * self.box.width

    def y(self, value):
        """The pixel y of data y ``value``."""
        low, high = self.ylim
        return self.box.bottom - (value - low) / (high - low) * self.box.height

    def point(self, x, y):
        """The pixel point of data point (x, y)."""
        return self.x(x), self.y(y)

    def axes_x(self, fraction):
        """The pixel x at ``fraction`` of the axes width from its left edge."""
        return self.box.left + fraction * self.box.width

    def axes_y(self, fraction):
        """The pixel y at ``fraction`` of the axes height from its bottom edge."""
        return self.box.bottom - fraction * self.box.height

    def points(self, length):
        """A length in points as pixels."""
        return length * self.dpi / 72
