"""A small matplotlib for Prism: ``matplotlib.pyplot`` draws figures as deterministic SVG.

Only the commonly used part of matplotlib's API is provided (see ``matplotlib.pyplot``).
Every figure renders to the same bytes under Prism and under CPython.
"""

__version__ = "prism"


def use(backend, force=True):
    """Accepts any backend name and changes nothing: figures are always drawn as SVG."""


def get_backend():
    """The name of the only backend: ``"svg"``."""
    return "svg"
