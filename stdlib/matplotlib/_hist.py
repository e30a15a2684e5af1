"""Histograms: bin edges, (weighted, normalized, cumulative) counts, and the artists drawing them."""

import math
from bisect import bisect_right

from ._artists import Polygon, Rectangle


def is_multiple_datasets(values):
    """Whether ``hist``'s data is a list of datasets rather than one dataset."""
    return (isinstance(values, (list, tuple)) and len(values) > 0
            and all(isinstance(item, (list, tuple, range)) for item in values))


def bin_edges(values, bins, value_range):
    """Histogram bin edges: ``bins`` equal bins over ``value_range`` (default: the data's range),
    or the given increasing edges."""
    if isinstance(bins, bool) or isinstance(bins, str):
        raise ValueError(f"bins={bins!r} is not supported: pass an integer or a sequence of edges")
    if isinstance(bins, int):
        if bins < 1:
            raise ValueError("`bins` must be positive, when an integer")
        low, high = _histogram_range(values, value_range)
        edges = [low + (high - low) * i / bins for i in range(bins + 1)]
        edges[-1] = high
        return edges
    edges = [float(edge) for edge in bins]
    if len(edges) < 2 or any(b < a for a, b in zip(edges, edges[1:])):
        raise ValueError("`bins` must increase monotonically, when an array")
    return edges


def _histogram_range(values, value_range):
    if value_range is not None:
        low, high = float(value_range[0]), float(value_range[1])
        if low > high:
            raise ValueError("max must be larger than min in range parameter.")
    else:
        finite = [v for v in values if math.isfinite(v)]
        low, high = (float(min(finite)), float(max(finite))) if finite else (0.0, 1.0)
    if low == high:
        low, high = low - 0.5, high + 0.5
    return low, high


def weight_sets(weights, datasets):
    """One list of float weights per dataset (all 1.0 when ``weights`` is None)."""
    if weights is None:
        return [[1.0] * len(d) for d in datasets]
    if len(datasets) == 1:
        weights = [weights]
    sets = [[float(w) for w in weight_set] for weight_set in weights]
    if len(sets) != len(datasets) or any(len(w) != len(d) for w, d in zip(sets, datasets)):
        raise ValueError("weights should have the same shape as x")
    return sets


def _bin_totals(values, weights, edges):
    """Total weight of the values in each bin; bins are half-open except the last, which also
    counts its right edge. Values outside the edges are ignored."""
    totals = [0.0] * (len(edges) - 1)
    for value, weight in zip(values, weights):
        if not math.isfinite(value) or value < edges[0] or value > edges[-1]:
            continue
        index = min(bisect_right(edges, value) - 1, len(totals) - 1)
        totals[index] += weight
    return totals


def _running_totals(counts):
    totals = []
    running = 0.0
    for count in counts:
        running += count
        totals.append(running)
    return totals


def counts(values, weights, edges, density=False, cumulative=False):
    """The height of each bin: weighted counts, scaled to unit area with ``density``, summed up
    to each bin with ``cumulative`` (ending at 1 when both are set)."""
    totals = _bin_totals(values, weights, edges)
    grand_total = sum(totals)
    if density and cumulative:
        return _running_totals([t / grand_total if grand_total else 0.0 for t in totals])
    if density:
        return [t / grand_total / (edges[i + 1] - edges[i]) if grand_total else 0.0
                for i, t in enumerate(totals)]
    return _running_totals(totals) if cumulative else totals


def bin_rectangles(heights, edges, slot, slots, share, vertical, face, edge, edge_width, label):
    """One Rectangle per bin for dataset ``slot`` of ``slots`` side-by-side datasets, each bin's
    ``share`` of width divided between the datasets. Only the first carries the label."""
    rectangles = []
    for index, height in enumerate(heights):
        bin_width = edges[index + 1] - edges[index]
        width = bin_width * share / slots
        start = edges[index] + bin_width * (1 - share) / 2 + slot * width
        if vertical:
            rectangle = Rectangle((start, 0.0), width, height, face, edge, edge_width)
            rectangle.sticky_y.append(0.0)
        else:
            rectangle = Rectangle((0.0, start), height, width, face, edge, edge_width)
            rectangle.sticky_x.append(0.0)
        rectangle.set_label(label if index == 0 else "_nolegend_")
        rectangles.append(rectangle)
    return rectangles


def outline(heights, edges, vertical, face, edge, linewidth, label):
    """The histogram's outline as one Polygon (``step``: edge only; ``stepfilled``: with a face)."""
    points = [(edges[0], 0.0)]
    for index, height in enumerate(heights):
        points.append((edges[index], height))
        points.append((edges[index + 1], height))
    points.append((edges[-1], 0.0))
    if not vertical:
        points = [(y, x) for x, y in points]
    polygon = Polygon(points, face, edge, linewidth, face is not None, label)
    if vertical:
        polygon.sticky_y.append(0.0)
    else:
        polygon.sticky_x.append(0.0)
    return polygon
