"""The one palette every view uses: blue = positive, vermillion = negative, grey = zero.

Okabe-Ito blue and vermillion stay distinguishable for the common colour-vision
deficiencies and on light or dark backgrounds; views add a second cue for sign (dashes,
+/- marks) so colour is never the only carrier.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

POSITIVE = QColor(0, 114, 178)
NEGATIVE = QColor(213, 94, 0)
NEUTRAL = QColor(235, 235, 235)
SELECTED = QColor(0, 158, 115)


def sign_color(value: float) -> QColor:
    return POSITIVE if value > 0 else NEGATIVE if value < 0 else NEUTRAL


def diverging_lut(n: int = 256) -> np.ndarray:
    """RGB lookup table (n, 3) from NEGATIVE through NEUTRAL to POSITIVE."""
    t = np.linspace(-1, 1, n)[:, None]
    neg, mid, pos = (np.array(c.getRgb()[:3], float) for c in (NEGATIVE, NEUTRAL, POSITIVE))
    rgb = np.where(t < 0, mid + (neg - mid) * -t, mid + (pos - mid) * t)
    return rgb.round().astype(np.ubyte)
