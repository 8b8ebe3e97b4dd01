"""The learning rate on the loss plot: a thin curve on a second axis at the right, shown
while a schedule other than a constant rate runs.  The rate is a pure function of the update
count, so it is computed here from the settings at the history's updates, never sent."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from ...engine import Config
from ...engine.schedules import learning_rates
from .. import palette


class RateOverlay:
    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.view = pg.ViewBox(enableMouse=False)
        plot.scene().addItem(self.view)
        axis = plot.getAxis("right")
        axis.linkToView(self.view)
        axis.setLabel(QCoreApplication.translate("LossPlot", "η (dotted)"), color=palette.SELECTED.name())
        axis.enableAutoSIPrefix(False)
        self.view.setXLink(plot)
        self.curve = pg.PlotCurveItem(pen=pg.mkPen(palette.SELECTED, width=1, style=Qt.DotLine))
        self.view.addItem(self.curve)
        plot.vb.sigResized.connect(self._follow_plot)
        self.config: Config | None = None
        self.set_schedule(None)

    def set_schedule(self, config: Config | None) -> None:
        """Show the rate of ``config``'s schedule, or nothing for a constant rate."""
        self.config = config if config is not None and config.schedule != "constant" else None
        self.plot.showAxis("right", self.config is not None)
        self.curve.setVisible(self.config is not None)

    def redraw(self, x: np.ndarray, steps: np.ndarray) -> None:
        """The rate at each of the history's ``steps``, drawn at ``x`` (updates or epochs)."""
        if self.config is None:
            return
        c = self.config
        self.curve.setData(x, learning_rates(c.learning_rate, c.schedule, c.schedule_params, steps))
        self.view.setYRange(0, c.learning_rate * 1.05 or 1.0, padding=0)

    def _follow_plot(self) -> None:
        self.view.setGeometry(self.plot.vb.sceneBoundingRect())
        self.view.linkedViewChanged(self.plot.vb, self.view.XAxis)
