"""The one palette every view uses: blue = positive, vermillion = negative, grey = zero.

Okabe-Ito blue and vermillion stay distinguishable for the common colour-vision
deficiencies and on light or dark backgrounds; views add a second cue for sign (dashes,
+/- marks) so colour is never the only carrier.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

SCREEN_POSITIVE, SCREEN_NEGATIVE, SCREEN_NEUTRAL = QColor(0, 114, 178), QColor(213, 94, 0), QColor(235, 235, 235)
# Presentation mode: the same hues darker, on white, so a washed-out projector keeps them apart
PROJECTOR_POSITIVE, PROJECTOR_NEGATIVE = QColor(0, 84, 150), QColor(200, 70, 0)
PROJECTOR_NEUTRAL = QColor(255, 255, 255)
POSITIVE, NEGATIVE, NEUTRAL = SCREEN_POSITIVE, SCREEN_NEGATIVE, SCREEN_NEUTRAL
SELECTED = QColor(0, 158, 115)
LINE_SCALE = 1.0  # presentation mode draws lines this much wider
SEQUENTIAL_MAP = "viridis"  # pyqtgraph's name: magnitudes without sign (a loss surface), dark = low


def sign_color(value: float) -> QColor:
    return POSITIVE if value > 0 else NEGATIVE if value < 0 else NEUTRAL


def diverging_lut(n: int = 256) -> np.ndarray:
    """RGB lookup table (n, 3) from NEGATIVE through NEUTRAL to POSITIVE."""
    t = np.linspace(-1, 1, n)[:, None]
    neg, mid, pos = (np.array(c.getRgb()[:3], float) for c in (NEGATIVE, NEUTRAL, POSITIVE))
    rgb = np.where(t < 0, mid + (neg - mid) * -t, mid + (pos - mid) * t)
    return rgb.round().astype(np.ubyte)


_LUT = diverging_lut()


def use_projector(on: bool, line_scale: float = 1.0) -> None:
    """Switch every view to the projector colours and wider lines (or back); views read
    these when they draw, so a redraw follows."""
    global POSITIVE, NEGATIVE, NEUTRAL, LINE_SCALE, _LUT
    POSITIVE, NEGATIVE, NEUTRAL = ((PROJECTOR_POSITIVE, PROJECTOR_NEGATIVE, PROJECTOR_NEUTRAL) if on else
                                   (SCREEN_POSITIVE, SCREEN_NEGATIVE, SCREEN_NEUTRAL))
    LINE_SCALE = line_scale if on else 1.0
    _LUT = diverging_lut()


def look() -> tuple:
    """What a cached drawing depends on: redraw it when this changes."""
    return POSITIVE.rgb(), LINE_SCALE
# Okabe-Ito, for three or more classes; two classes use NEGATIVE (class 0) and POSITIVE (1).
CLASS_COLORS = [QColor(230, 159, 0), QColor(86, 180, 233), QColor(0, 158, 115), QColor(204, 121, 167),
                QColor(240, 228, 66), QColor(0, 114, 178), QColor(213, 94, 0), QColor(0, 0, 0)]


def diverging_rgb(values: np.ndarray, limit: float) -> np.ndarray:
    """Colours (..., 3) uint8 for values on the diverging scale [-limit, +limit]; NaN is
    neutral, and ±inf (a wild network's outputs) is the end of the scale."""
    limit = limit if 0 < limit < np.inf else 1.0
    with np.errstate(all="ignore"):
        index = np.clip((values / limit + 1) * 0.5 * (len(_LUT) - 1), 0, len(_LUT) - 1)
    return _LUT[np.rint(np.nan_to_num(index, nan=(len(_LUT) - 1) / 2)).astype(np.intp)]


def class_rgb(n_classes: int) -> np.ndarray:
    """(n_classes, 3) float colours, one per class."""
    colors = [NEGATIVE, POSITIVE] if n_classes <= 2 else [CLASS_COLORS[k % len(CLASS_COLORS)] for k in range(n_classes)]
    return np.array([c.getRgb()[:3] for c in colors], float)
