"""Train and test loss (and accuracy, for classes) against updates or epochs: one persistent
curve each, downsampled and clipped to the view so millions of points stay smooth.

Redraws are coalesced to at most ``REDRAW_HZ``: a repaint costs ~30 ms (mostly axis ticks),
and a loss curve read by eye gains nothing from 30 frames per second.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine.history import History
from .. import palette
from ..view_export import install_exports
from . import cache_axes, draw_what_pixels_show
from .rate_overlay import RateOverlay
from .following_axes import FollowingAxes
from ..form_widgets import make_combo

REDRAW_HZ = 10
# Text lines of height for both plots, in the font at start (presentation mode's larger one
# would push the window past a 1280×800 screen): the dock's timeline and tabs left them 10 px each.
MIN_PLOT_LINES = 7
# Below this many text lines of height the accuracy plot gives its room to the loss plot (the
# toolbar still shows the accuracy): at 1280×800 two plots had ~35 px each, labels overlapping.
TWO_PLOTS_LINES = 11
MAX_PLOTTED = 1e30  # an axis range padded around 1e308 overflows to inf
# key → (choice, axis title), English; translated where shown (see x_axes())
X_AXES = {"step": (QT_TRANSLATE_NOOP("LossPlot", "Updates"), QT_TRANSLATE_NOOP("LossPlot", "updates")),
          "epoch": (QT_TRANSLATE_NOOP("LossPlot", "Epochs"), QT_TRANSLATE_NOOP("LossPlot", "epochs"))}


def x_axes(which: int = 0) -> dict[str, str]:
    """key → the x axis choice (``which`` = 0) or its axis title (1), in the user's language."""
    return {key: QCoreApplication.translate("LossPlot", texts[which]) for key, texts in X_AXES.items()}


def positive_or_nan(values: np.ndarray) -> np.ndarray:
    """Log axes cannot show 0, NaN or ∞: leave a gap there instead of a warning (or a crash)."""
    with np.errstate(invalid="ignore"):
        return np.where(np.isfinite(values) & (values > 0), np.minimum(values, MAX_PLOTTED), np.nan)


def finite_or_nan(values: np.ndarray) -> np.ndarray:
    """±∞ (a diverging loss) would break the axis range: leave a gap; clip the huge, whose
    padded range would overflow to ∞."""
    return np.where(np.isfinite(values), np.clip(values, -MAX_PLOTTED, MAX_PLOTTED), np.nan)


def eval_columns(e) -> np.ndarray:
    """The history's columns of an :class:`EvalRows`."""
    return np.column_stack([e.step, e.epoch, e.train_loss, e.test_loss, e.train_accuracy, e.test_accuracy])


def _curve_pair(plot: pg.PlotItem, train_name: str, test_name: str) -> tuple:
    plot.addLegend(offset=(-10, 10))
    plot.showGrid(x=True, y=True, alpha=0.2)
    train = plot.plot(name=train_name, pen=pg.mkPen(palette.POSITIVE, width=1), connect="finite")
    test = plot.plot(name=test_name, pen=pg.mkPen(palette.NEGATIVE, width=1, style=Qt.DashLine),
                     connect="finite")
    for curve in (train, test):
        draw_what_pixels_show(curve)
    return train, test


class LossPlot(QWidget, FollowingAxes):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Loss plot"))
        self.graphics.setMinimumHeight(MIN_PLOT_LINES * QFontMetrics(self.font()).height())
        self.graphics.setAccessibleDescription(self.tr("Training loss (solid) and test loss (dashed) over time; "
                                                       "accuracy below, for classes"))
        install_exports(self.graphics, "loss")
        self.loss_plot = self.graphics.addPlot(row=0, col=0)
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.accuracy_plot = self.graphics.addPlot(row=1, col=0)
        self.accuracy_plot.setLabel("left", self.tr("accuracy"))
        self.accuracy_plot.setXLink(self.loss_plot)
        self.accuracy_plot.setVisible(False)  # until the plot has room for it (see _arrange)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setLimits(xMin=0)  # no negative updates: one point at 0 is not drawn as -400…400 (×0.001)
        self.follow_curves()
        cache_axes(self.loss_plot, self.accuracy_plot)
        self.train_curve, self.test_curve = _curve_pair(self.loss_plot, self.tr("train loss"), self.tr("test loss"))
        self.rate = RateOverlay(self.loss_plot)
        self.train_accuracy, self.test_accuracy = _curve_pair(self.accuracy_plot, self.tr("train accuracy"),
                                                              self.tr("test accuracy"))
        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setToolTip(self.tr("Plot the loss on a logarithmic axis, to see progress once it is small"))
        self.log_check.setAccessibleName(self.tr("Log scale"))
        self.x_combo = make_combo(x_axes(), self.tr("Horizontal axis: parameter updates or passes over the training "
                                                    "set"), self.tr("X axis"))
        self.axis_titles = x_axes(1)
        against = QLabel(self.tr("Against"))
        against.setBuddy(self.x_combo)
        controls = QHBoxLayout()
        controls.addWidget(against)
        controls.addWidget(self.x_combo)
        controls.addWidget(self.log_check)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.graphics, 1)
        layout.addLayout(controls)
        self._classification = True
        self._arranged = (False, True)  # (two plots, room for titles): one plot until it is shown
        self.history = History(6, x_columns=2)  # bounded: step, epoch, train loss, test loss, train acc, test acc
        self._redraw_timer = QTimer(self, singleShot=True, interval=int(1000 / REDRAW_HZ))
        self._redraw_timer.timeout.connect(self.redraw)
        self.log_check.toggled.connect(self._on_log_check_toggled)
        self.x_combo.currentIndexChanged.connect(self.redraw)
        self.setToolTip(self.tr("Loss on the whole training set (solid) and test set (dashed)"))
        self.redraw()

    def set_task(self, task: str) -> None:
        self._classification = task == "classification"
        self._arrange()
        self.redraw()

    def _arrange(self) -> None:
        """Accuracy for classes only, and only while both plots have room; the x axis's numbers
        and title under the lower plot alone (they are shared: a second copy took a third of a
        small dock's height).  Without room, the legend and the x axis's title go too (the
        "Against" choice below names the axis)."""
        room = self.graphics.height() >= TWO_PLOTS_LINES * QFontMetrics(self.font()).height()
        two = self._classification and room
        if (two, room) == self._arranged:
            return
        self._arranged = (two, room)
        self.accuracy_plot.setVisible(two)
        self.loss_plot.getAxis("bottom").setStyle(showValues=not two)
        self.loss_plot.showLabel("bottom", room and not two)
        self.loss_plot.legend.setVisible(room)
        self.redraw()  # the x axis's title moves to the lower plot

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _x_axis(self) -> pg.AxisItem:
        return self.accuracy_plot.getAxis("bottom") if self.accuracy_plot.isVisible() else \
            self.loss_plot.getAxis("bottom")

    def set_schedule(self, config) -> None:
        """Draw the learning rate of ``config``'s schedule along the losses (none for a constant one)."""
        self.rate.set_schedule(config)
        self.redraw()

    def clear_history(self) -> None:
        self.history.clear()
        self.redraw()

    def append(self, eval_rows) -> None:
        """Add a snapshot's evaluations (an :class:`EvalRows`)."""
        self.history.extend(eval_columns(eval_rows))
        if len(eval_rows) and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def take(self, snapshot) -> bool:
        """Keep a snapshot's evaluations (for the frame scheduler); whether there were any."""
        self.history.extend(eval_columns(snapshot.eval_rows))
        return len(snapshot.eval_rows) > 0

    def _on_log_check_toggled(self, log: bool) -> None:
        self.loss_plot.setLogMode(y=log)
        self.ranges = None
        self.redraw()

    def redraw(self) -> None:
        rows = self.history.view()
        x = rows[:, 0 if self.x_combo.currentData() == "step" else 1]
        title = self.axis_titles[self.x_combo.currentData()]
        if self._x_axis().labelText != title:  # a new label re-lays the plot out
            self._x_axis().setLabel(title)
            self._x_axis().showLabel(self._arranged[1])
        shown = positive_or_nan if self.log_check.isChecked() else finite_or_nan
        self.train_curve.setData(x, shown(rows[:, 2]))
        self.test_curve.setData(x, shown(rows[:, 3]))
        self.train_accuracy.setData(x, finite_or_nan(rows[:, 4]))
        self.test_accuracy.setData(x, finite_or_nan(rows[:, 5]))
        self.rate.redraw(x, rows[:, 0])
        self.follow(float(x[-1]) if len(x) else 0.0, shown(rows[:, 2:4]), self.log_check.isChecked())
