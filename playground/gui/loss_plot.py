"""Train and test loss against updates: one persistent curve each, downsampled and clipped
to the view so millions of points stay smooth.

Redraws are coalesced to at most ``REDRAW_HZ``: a repaint costs ~30 ms (mostly axis ticks),
and a loss curve read by eye gains nothing from 30 frames per second.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from PySide6.QtCore import QTimer

from ..engine.history import History
from . import palette

REDRAW_HZ = 10


class LossPlot(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setLabel("bottom", "update")
        self.setLabel("left", "loss")
        self.addLegend(offset=(-10, 10))
        self.showGrid(x=True, y=True, alpha=0.2)
        self.train_curve = self.plot(name="train", pen=pg.mkPen(palette.POSITIVE, width=2))
        self.test_curve = self.plot(name="test", pen=pg.mkPen(palette.NEGATIVE, width=2, style=pg.QtCore.Qt.DashLine))
        for curve in (self.train_curve, self.test_curve):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
        self.history = History(3)  # step, train loss, test loss
        self._redraw_timer = QTimer(self, singleShot=True, interval=int(1000 / REDRAW_HZ))
        self._redraw_timer.timeout.connect(self._redraw)
        self.setToolTip("Loss on the whole training set (solid) and test set (dashed)")

    def clear_history(self) -> None:
        self.history.clear()
        self._redraw()

    def append(self, eval_rows: np.ndarray) -> None:
        """Add rows of the trainer's evaluation history (step, epoch, train, test, ...)."""
        for row in eval_rows[:, [0, 2, 3]]:
            self.history.append(row)
        if len(eval_rows) and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _redraw(self) -> None:
        rows = self.history.view()
        self.train_curve.setData(rows[:, 0], rows[:, 1])
        self.test_curve.setData(rows[:, 0], rows[:, 2])
