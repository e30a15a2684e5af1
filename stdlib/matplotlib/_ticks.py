"""Tick placement on round numbers (1, 2, 2.5 and 5 times a power of ten) and their labels.

Tick values are kept as exact decimals (an integer times a power of ten) so that labels are
printed without float noise and with the same number of decimals along an axis.
"""

import math

MINUS = "\u2212"

# A step is mantissa * 10 ** (exponent + shift); 2.5 is written as 25 * 10 ** -1.
_STEP_MANTISSAS = ((1, 0), (2, 0), (25, -1), (5, 0))


def _decimal_to_float(integer, exponent):
    """The float nearest to integer * 10 ** exponent."""
    if exponent >= 0:
        return float(integer * 10 ** exponent)
    return integer / 10 ** (-exponent)


def _decimal_to_text(integer, exponent):
    """integer * 10 ** exponent written out exactly, with -exponent decimals when negative."""
    if exponent >= 0:
        text = str(abs(integer) * 10 ** exponent)
    else:
        decimals = -exponent
        digits = str(abs(integer)).rjust(decimals + 1, "0")
        text = digits[:-decimals] + "." + digits[-decimals:]
    return (MINUS + text) if integer < 0 else text


def max_tick_count(length_px, font_px, along_x):
    """How many ticks fit along an axis ``length_px`` long (labels need room to breathe)."""
    room = font_px * (3.0 if along_x else 2.0)
    return min(10, max(3, int(length_px // room) + 1))


def nice_ticks(low, high, max_ticks):
    """Ticks inside [low, high] on the smallest round step giving at most ``max_ticks`` of them.

    Returns (list of (value, label)) plus the offset text ("1e6" style, or "" when none).
    """
    low, high = min(low, high), max(low, high)
    span = high - low
    if not (math.isfinite(span) and span > 0):
        return [], ""
    start = math.floor(math.log10(span / max_ticks)) - 1
    for exponent in range(start, start + 4):
        for mantissa, shift in _STEP_MANTISSAS:
            step_exponent = exponent + shift
            step = _decimal_to_float(mantissa, step_exponent)
            first = math.ceil(low / step - 1e-9)
            last = math.floor(high / step + 1e-9)
            if last - first + 1 <= max_ticks:
                multiples = [index * mantissa for index in range(first, last + 1)]
                return _labelled(multiples, step_exponent)
    return [], ""


def _labelled(multiples, exponent):
    """(value, label) pairs for integer multiples of 10 ** exponent, and the offset text."""
    largest = max(abs(m) for m in multiples)
    offset = 0
    if largest != 0:
        order = len(str(largest)) - 1 + exponent
        if order >= 6 or order <= -5:
            offset = order
    ticks = [(_decimal_to_float(m, exponent), _decimal_to_text(m, exponent - offset))
             for m in multiples]
    offset_text = ""
    if offset != 0:
        offset_text = "1e" + (MINUS + str(-offset) if offset < 0 else str(offset))
    return ticks, offset_text


def _decimals_needed(value):
    for decimals in range(7):
        if abs(round(value, decimals) - value) <= 1e-9 * max(1.0, abs(value)):
            return decimals
    return 6


def format_tick_values(values):
    """Labels for arbitrary tick values, all with the decimals the most precise one needs."""
    finite = [v for v in values if math.isfinite(v)]
    decimals = max([_decimals_needed(v) for v in finite], default=0)
    labels = []
    for value in values:
        text = f"{value:.{decimals}f}"
        if text.startswith("-"):
            text = MINUS + text[1:] if text.strip("-0.") else text[1:]
        labels.append(text)
    return labels
