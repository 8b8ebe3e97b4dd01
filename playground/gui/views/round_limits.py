"""Rounded limits for axes and colour scales: they change only when the data cross a round
number, so a plot's axes (and their cached tick pictures) stay still while training drifts
the data a little every frame, instead of being measured and painted again each time."""
from __future__ import annotations

import numpy as np

NICE_STEPS = np.array([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
# A log axis spanning fewer decades labels its minor ticks (0.2 … 0.9), stacked on each other.
MIN_DECADES = 3


def nice_limit(value: float) -> float:
    """The smallest 'round' number ≥ value (steps ≤ 25 % apart); 1 for none."""
    if not np.isfinite(value) or value <= 0:
        return 1.0
    value = min(value, 1e30)
    decade = 10.0 ** np.floor(np.log10(value))
    return float(NICE_STEPS[np.searchsorted(NICE_STEPS * decade, value * (1 - 1e-12))] * decade)


def decades(values: np.ndarray) -> tuple[float, float]:
    """log10 limits of the positive finite values, widened to whole decades, at least
    :data:`MIN_DECADES` ((-3, 0) when there are none): a log axis's range that changes only
    when a curve crosses a decade."""
    with np.errstate(all="ignore"):
        logs = np.log10(values[np.isfinite(values) & (values > 0)])
    if not logs.size:
        return -float(MIN_DECADES), 0.0
    low, high = float(np.floor(logs.min())), float(np.ceil(logs.max()))
    missing = max(MIN_DECADES - (high - low), 0)
    return low - np.ceil(missing / 2), high + np.floor(missing / 2)


def nice_span(values: np.ndarray) -> tuple[float, float]:
    """Linear limits around the finite values: 0 and a round number beyond the largest (a
    loss is ≥ 0), or round numbers on both sides when some are negative."""
    finite = values[np.isfinite(values)]
    if not finite.size:
        return 0.0, 1.0
    low, high = float(finite.min()), float(finite.max())
    return (-nice_limit(-low) if low < 0 else 0.0), (nice_limit(high) if high > 0 else 0.0) or 1.0


def steady_span(values, shown: tuple | None = None) -> tuple[float, float]:
    """:func:`nice_span`, but the range ``shown`` is kept while the values fit in it and span
    at least a quarter of it: a noisy curve (one batch's gradient per time step) does not
    move the axis to and fro between neighbouring round numbers."""
    span = nice_span(np.asarray(values, dtype=float))
    if shown is not None and shown[0] <= span[0] and span[1] <= shown[1] \
            and span[1] - span[0] >= (shown[1] - shown[0]) / 4:
        return shown
    return span
