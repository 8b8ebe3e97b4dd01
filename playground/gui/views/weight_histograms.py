"""Weight histograms per layer, at initialization (grey) and now (coloured), so the spread
that Xavier, He or a too-large scale gives is visible at a glance, and how training moves it.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer

from .. import palette
from ..frame_scheduler import same_parameters
from ..view_export import install_exports
from . import cache_axes
from .weight_heatmaps import nice_limit
from .weight_matrices import finite_limit

BINS = 30
REDRAW_HZ = 5
COLUMNS = 3
MIN_ROW_HEIGHT = 90  # below this a histogram is a flat line: a deep network scrolls instead


def histograms(now: np.ndarray, start: np.ndarray):
    """Shared symmetric bin edges and the counts of both weight sets (fewer bins for few
    weights, so eight weights are not eight lonely spikes).  NaN is left out and ±∞ or huge
    values land in the outer bins, so a diverged network still draws."""
    bins = int(np.clip(now.size // 2, 4, BINS))
    limit = nice_limit(finite_limit(now, start))  # axes stay still
    edges = np.linspace(-limit, limit, bins + 1)
    return edges, *(np.histogram(np.clip(a[~np.isnan(a)], -limit, limit), edges)[0] for a in (now, start))


class WeightHistogramView(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        install_exports(self, "histograms")
        self.setAccessibleName(self.tr("Weight histograms"))
        self.setToolTip(self.tr("Distribution of each layer's weights: grey at initialization, blue now"))
        self.plots: list[tuple] = []
        self.names: list[str] = []
        self.latest = None
        self._redraw_timer = QTimer(self, singleShot=True, interval=int(1000 / REDRAW_HZ))
        self._redraw_timer.timeout.connect(self.redraw)

    def _build(self, names: list[str]) -> None:
        """One histogram per weighted layer, titled by its name ("L1", …)."""
        self.clear()
        self.plots = []
        start_brush = pg.mkBrush(160, 160, 160, 140)
        now_pen = pg.mkPen(palette.POSITIVE, width=2)
        for k, name in enumerate(names):
            plot = self.addPlot(row=k // COLUMNS, col=k % COLUMNS, title=name)
            plot.setMouseEnabled(x=False, y=False)
            plot.disableAutoRange()  # ranges on rounded limits, set when they change (see redraw)
            plot.hideAxis("left")
            cache_axes(plot)
            start = plot.plot(stepMode="center", fillLevel=0, brush=start_brush, pen=pg.mkPen(None))
            now = plot.plot(stepMode="center", pen=now_pen)
            self.plots.append((start, now))
        self.names = list(names)
        self.drawn = [None] * len(names)  # per plot: (edges' limit, count limit, start counts' id)
        self.setMinimumHeight(MIN_ROW_HEIGHT * -(-len(names) // COLUMNS))

    def show_snapshot(self, snapshot) -> None:
        self.take(snapshot)
        if self.isVisible() and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def take(self, snapshot) -> bool:
        """Keep a snapshot (for the frame scheduler, which decides when to redraw); whether
        its weights differ from the last one's."""
        changed = not same_parameters(self.latest, snapshot)
        self.latest = snapshot
        return changed

    def layer_weights(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(now, at initialization) per weighted layer of the latest snapshot: all its weights
        (W, kernels, or W_xh and W_hh together), biases left out."""
        layers = self.latest.weighted_layers() if self.latest else []
        return [tuple(np.concatenate([p.get(what).ravel() for p in layer.weights()]) for what in ("value", "initial"))
                for layer in layers]

    def redraw(self) -> None:
        if self.latest is None:
            return
        names = [layer.name for layer in self.latest.weighted_layers()]
        if names != self.names:
            self._build(names)
        weights = self.layer_weights()
        for k, ((start_curve, now_curve), (now, start)) in enumerate(zip(self.plots, weights)):
            edges, now_counts, start_counts = histograms(now, start)
            top = nice_limit(max(now_counts.max(initial=0), start_counts.max(initial=0)))
            drawn = (edges[-1], len(edges), top, start_counts.tobytes())
            if drawn != self.drawn[k]:  # the initial weights' histogram and the axes stay put mostly
                start_curve.setData(edges, start_counts)
                start_curve.getViewBox().setRange(xRange=(edges[0], edges[-1]), yRange=(0, top), padding=0.02)
                self.drawn[k] = drawn
            now_curve.setData(edges, now_counts)

    def closeEvent(self, event) -> None:
        """pyqtgraph's close() deletes the plot items: a pending redraw must not touch them."""
        self._redraw_timer.stop()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()
