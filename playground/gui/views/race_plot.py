"""Several runs' losses (and accuracies) overlaid, one colour per run and a legend: the
compare window's plot and ``main.py compare --out``'s picture.  Training loss is solid,
test loss dashed, as in the single run's loss plot.  Each run's history is bounded (recent
rows, older ones as buckets); the axes follow all the curves on rounded limits."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from ...engine.history import History
from .. import palette
from ..view_export import install_exports
from . import cache_axes, draw_what_pixels_show
from .following_axes import FollowingAxes
from .loss_plot import finite_or_nan, positive_or_nan

# Okabe-Ito colours in an order whose first four are far apart.
RUN_COLORS = [palette.CLASS_COLORS[i] for i in (5, 6, 2, 3)]


class RacePlot(QWidget, FollowingAxes):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Compared losses"))
        self.graphics.setAccessibleDescription(self.tr("Each run's training loss (solid) and test loss (dashed), "
                                                       "one colour per run; accuracy below, for classes"))
        install_exports(self.graphics, "comparison")
        self.loss_plot = self.graphics.addPlot(row=0, col=0)
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.accuracy_plot = self.graphics.addPlot(row=1, col=0)
        self.accuracy_plot.setLabel("left", self.tr("accuracy"))
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLabel("bottom", self.tr("updates"))
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLimits(xMin=0)
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.getAxis("left").enableAutoSIPrefix(False)
        cache_axes(self.loss_plot, self.accuracy_plot)
        self.legend = self.loss_plot.addLegend(offset=(-10, 10))
        self.follow_curves()
        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setToolTip(self.tr("Plot the loss on a logarithmic axis, to tell small losses apart"))
        self.log_check.setAccessibleName(self.tr("Log scale of the compared losses"))
        self.log_check.toggled.connect(self._on_log_check_toggled)
        controls = QHBoxLayout()
        controls.addWidget(self.log_check)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.graphics, 1)
        layout.addLayout(controls)
        self.histories: list[History] = []
        self.curves: list[tuple] = []  # per run: train loss, test loss, train accuracy, test accuracy

    def set_runs(self, labels: list[str], classification: bool = True) -> None:
        """Start afresh with one (empty) set of curves per run, named in the legend."""
        for plot in (self.loss_plot, self.accuracy_plot):
            for item in list(plot.listDataItems()):
                plot.removeItem(item)
        self.legend.clear()
        self.curves, self.histories = [], []
        for k, label in enumerate(labels):
            color = RUN_COLORS[k % len(RUN_COLORS)]
            solid, dashed = pg.mkPen(color, width=2), pg.mkPen(color, width=1, style=Qt.DashLine)
            curves = (self.loss_plot.plot(name=label, pen=solid, connect="finite"),
                      self.loss_plot.plot(pen=dashed, connect="finite"),
                      self.accuracy_plot.plot(pen=solid, connect="finite"),
                      self.accuracy_plot.plot(pen=dashed, connect="finite"))
            for curve in curves:
                draw_what_pixels_show(curve)
            self.curves.append(curves)
            self.histories.append(History(5))  # step, train loss, test loss, train accuracy, test accuracy
        self.set_task(classification)

    def set_task(self, classification: bool) -> None:
        """Accuracy is plotted for classes only."""
        self.accuracy_plot.setVisible(classification)
        # a hidden plot without data would hold the linked range at its default 0…1
        self.accuracy_plot.setXLink(self.loss_plot if classification else None)

    def clear_run(self, run: int) -> None:
        self.histories[run].clear()

    def append(self, run: int, columns: np.ndarray) -> bool:
        """Add rows (step, train loss, test loss, train accuracy, test accuracy) to a run's
        curves; whether there were any."""
        self.histories[run].extend(columns)
        return len(columns) > 0

    def redraw(self) -> None:
        shown = positive_or_nan if self.log_check.isChecked() else finite_or_nan
        last_x, losses = 0.0, [np.zeros((0, 2))]
        for history, curves in zip(self.histories, self.curves):
            rows = history.view()
            x = rows[:, 0]
            for curve, column, scale in zip(curves, (1, 2, 3, 4), (shown, shown, finite_or_nan, finite_or_nan)):
                curve.setData(x, scale(rows[:, column]))
            last_x = max(last_x, float(x[-1]) if len(x) else 0.0)
            losses.append(shown(rows[:, 1:3]))
        self.follow(last_x, np.vstack(losses), self.log_check.isChecked())

    def _on_log_check_toggled(self, log: bool) -> None:
        self.loss_plot.setLogMode(y=log)
        self.ranges = None
        self.redraw()
