"""Live views fed by snapshots: each is built once per network and updated in place."""

import math
import types

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QScrollArea, QStackedWidget, QVBoxLayout


def draw_what_pixels_show(curve, clip: bool = True) -> None:
    """A curve of thousands of points drawn as its minimum and maximum per pixel column
    (pyqtgraph's default, five samples per pixel, cost 4 ms a paint for the gradient plots'
    14 curves), spikes kept; with ``clip`` only the part in view (not where a range must
    follow all the points)."""
    curve.setDownsampling(auto=True, method="peak")
    curve.opts["autoDownsampleFactor"] = 1.0
    curve.setClipToView(clip)


def compact_tick_strings(axis: pg.AxisItem, values: list, scale: float, spacing: float) -> list[str]:
    """Ticks of 10,000 and more as 20k, 1.5M (with the decimals their spacing needs): written
    out, "20000 40000 60000" ran together into one number in a narrow plot."""
    top = max((abs(v * scale) for v in values), default=0.0)
    if axis.logMode or not 1e4 <= top < 1e9:  # beyond M, pyqtgraph's 1e+12 is shorter
        return pg.AxisItem.tickStrings(axis, values, scale, spacing)
    unit, suffix = (1e6, "M") if top >= 1e6 else (1e3, "k")
    places = max(0, math.ceil(-math.log10(spacing * scale / unit))) if spacing > 0 else 0
    return [f"{v * scale / unit:.{places}f}{suffix}" if v else "0" for v in values]


def cache_axes(*plots) -> None:
    """Let Qt keep each axis as a pixmap: without it every frame replays every axis's tick
    labels (measured: half the GUI thread's time with all views open).  No automatic SI
    prefix either: with it, every change of an axis's range sets its label's HTML again and
    re-lays the plot out (about 20 times a frame while playing), even for a hidden label;
    large numbers are written short instead (:func:`compact_tick_strings`)."""
    for plot in plots:
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
            axis.enableAutoSIPrefix(False)
            axis.tickStrings = types.MethodType(compact_tick_strings, axis)


def scrolling(graphics) -> QScrollArea:
    """A scroll area around a plot grid whose numbered cells need more room than a narrow
    dock has (call :func:`keep_minimum` after filling the grid)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(graphics)
    return area


def keep_minimum(graphics) -> None:
    """The grid never shrinks below what its plots, colour bars and spacing need: the scroll
    area scrolls instead."""
    minimum = graphics.ci.layout.effectiveSizeHint(Qt.MinimumSize)
    graphics.setMinimumSize(int(minimum.width()) + 20, int(minimum.height()) + 20)


class SnapshotPaced:
    """Mixin for a view that keeps the latest snapshot (``take``) and draws it when the frame
    scheduler says it is due (``redraw``); ``show_snapshot`` draws at once (tests, exports),
    and a view shown again draws what it missed."""

    latest = None

    def _stack_below(self, controls, note, graphics) -> None:
        """The controls on top; below them the plots, or the note when the view does not
        apply to the run (``self.stack`` switches between the two)."""
        self.stack = QStackedWidget()
        self.stack.addWidget(note)
        self.stack.addWidget(graphics)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)

    def take(self, snapshot) -> bool:
        self.latest = snapshot
        return True

    def show_snapshot(self, snapshot) -> None:
        self.take(snapshot)
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()
