"""Weight histograms per layer, at initialization (grey) and now (coloured), so the spread
that Xavier, He or a too-large scale gives is visible at a glance, and how training moves it.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer

from .. import palette
from ..view_export import install_exports
from . import cache_axes
from .weight_heatmaps import nice_limit

BINS = 30
REDRAW_HZ = 5
COLUMNS = 3


def histograms(now: np.ndarray, start: np.ndarray):
    """Shared symmetric bin edges and the counts of both weight sets (fewer bins for few
    weights, so eight weights are not eight lonely spikes)."""
    bins = int(np.clip(now.size // 2, 4, BINS))
    limit = nice_limit(max(float(np.abs(now).max()), float(np.abs(start).max())))  # axes stay still
    edges = np.linspace(-limit, limit, bins + 1)
    return edges, np.histogram(now, edges)[0], np.histogram(start, edges)[0]


class WeightHistogramView(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        install_exports(self, "histograms")
        self.setToolTip("Distribution of each layer's weights: grey at initialization, blue now")
        self.plots: list[tuple] = []
        self.latest = None
        self._redraw_timer = QTimer(self, singleShot=True, interval=int(1000 / REDRAW_HZ))
        self._redraw_timer.timeout.connect(self.redraw)

    def set_layers(self, n_layers: int) -> None:
        self.clear()
        self.plots = []
        start_brush = pg.mkBrush(160, 160, 160, 140)
        now_pen = pg.mkPen(palette.POSITIVE, width=2)
        for k in range(n_layers):
            plot = self.addPlot(row=k // COLUMNS, col=k % COLUMNS, title=f"W{k + 1}")
            plot.setMouseEnabled(x=False, y=False)
            plot.hideAxis("left")
            cache_axes(plot)
            start = plot.plot(stepMode="center", fillLevel=0, brush=start_brush, pen=pg.mkPen(None))
            now = plot.plot(stepMode="center", pen=now_pen)
            self.plots.append((start, now))
        self.latest = None

    def show_snapshot(self, snapshot) -> None:
        self.latest = snapshot
        if self.isVisible() and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def layer_weights(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(now, at initialization) per weighted layer of the latest snapshot."""
        layers = [layer for layer in self.latest.layers if "W" in layer["params"]] if self.latest else []
        return [(layer["params"]["W"], layer["params"]["W"] - layer["since_init"]["W"]) for layer in layers]

    def redraw(self) -> None:
        weights = self.layer_weights()
        if len(weights) != len(self.plots):
            return
        for (start_curve, now_curve), (now, start) in zip(self.plots, weights):
            edges, now_counts, start_counts = histograms(now, start)
            start_curve.setData(edges, start_counts)
            now_curve.setData(edges, now_counts)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()
