"""The timeline under the loss plot: drag back to any earlier update and see the run as it
was, then continue from there; the other branch is drawn greyed on the loss plot.

The engine keeps the checkpoints and replays to the update asked for (see
:mod:`playground.engine.timeline`); this bar only asks, one request at a time: while one is
on its way a drag remembers just its latest position and asks for it when the answer comes.
"""
from __future__ import annotations

from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from .presentation import SECONDARY
from .steady_label import SteadyLabel

BRANCH_GREY = (150, 150, 150)


class TimelineBar(QWidget):
    continue_requested = Signal()

    def __init__(self, seek: Callable[[int, Callable], int], parent=None):
        super().__init__(parent)
        self._seek = seek  # (update, done): asks the engine to show the run at that update
        self._asked: int | None = None  # the update a request on its way asked for
        self._wanted: int | None = None  # where the slider was dragged since
        self.looking_back = False
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setAccessibleName(self.tr("Timeline"))
        self.slider.setToolTip(self.tr("Drag back to any earlier update to see the weights, views and numbers as "
                                       "they were; train on (or press Continue from here) to branch from there"))
        self.slider.setTracking(True)
        self.label = SteadyLabel()  # a new text every frame: no layout pass for it
        self.continue_button = QPushButton(self.tr("Continue from here"))
        self.continue_button.setAccessibleName(self.tr("Continue from here"))
        self.continue_button.setToolTip(self.tr("Train on from the update shown; the later history stays greyed on "
                                                "the loss plot (Undo brings it back)"))
        self.latest_button = QPushButton(self.tr("Latest"))
        self.latest_button.setAccessibleName(self.tr("Back to the latest update"))
        self.latest_button.setToolTip(self.tr("Go back to the latest update, exactly as it was"))
        self.setProperty(SECONDARY, True)  # hidden while presenting: the projected loss plot needs the height
        top, bottom = QHBoxLayout(), QHBoxLayout()  # the slider gets the whole width of a narrow dock
        title = QLabel(self.tr("Timeline"))
        title.setBuddy(self.slider)
        top.addWidget(title)
        top.addWidget(self.slider, 1)
        bottom.addWidget(self.label)
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)
        bottom.addWidget(self.latest_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.continue_button.clicked.connect(self.continue_requested)
        self.latest_button.clicked.connect(lambda: self.slider.setValue(self.slider.maximum()))
        self._show(0, 0, 0)

    # -- model → view -----------------------------------------------------------------
    def set_info(self, timeline) -> None:
        """What the engine confirmed: the updates one can go to and the one shown."""
        if timeline is None:
            return
        self.looking_back = timeline.looking_back
        self._show(timeline.earliest, timeline.latest, timeline.step)

    def follow(self, step: int) -> None:
        """Training moved on: the bar's end (and its handle) follow the newest update."""
        if not self.looking_back and self._asked is None and step >= self.slider.maximum():
            self._show(self.slider.minimum(), step, step)

    def _show(self, earliest: int, latest: int, step: int) -> None:
        self._shown = step
        self.slider.blockSignals(True)
        self.slider.setRange(earliest, latest)
        if self._wanted is None:
            self.slider.setValue(step)
        self.slider.setPageStep(max(1, (latest - earliest) // 20))
        self.slider.blockSignals(False)
        self.label.setText(self.tr("update {step:,} of {latest:,}").format(step=step, latest=latest))
        self.continue_button.setEnabled(self.looking_back)
        self.latest_button.setEnabled(self.looking_back)

    # -- view → engine ----------------------------------------------------------------
    def _on_slider_value_changed(self, value: int) -> None:
        self._wanted = value
        if self._asked is None:
            self._ask()

    def _ask(self) -> None:
        self._asked, self._wanted = self._wanted, None
        self._seek(self._asked, self._on_answer)

    def _on_answer(self, accepted: bool, _) -> None:
        self._asked = None
        if not accepted:  # cancelled (or refused): the handle goes back to the update shown
            self._wanted = None
            self._show(self.slider.minimum(), self.slider.maximum(), self._shown)
        elif self._wanted is not None:
            self._ask()


class BranchOverlay:
    """On the loss plot: the other branch's training loss, greyed, and a line at the update
    shown while looking back."""

    def __init__(self, loss_plot):
        self.loss_plot = loss_plot
        self.rows, self.step, self.looking_back = np.empty((0, 7)), 0, False
        self.name = QCoreApplication.translate("LossPlot", "other branch")
        self.curve = pg.PlotDataItem(pen=pg.mkPen(BRANCH_GREY, width=1.5, style=Qt.DotLine), connect="finite")
        self.line = pg.InfiniteLine(angle=90, pen=pg.mkPen(BRANCH_GREY, width=1, style=Qt.DashLine))
        plot = loss_plot.loss_plot
        plot.addItem(self.curve)
        plot.addItem(self.line)
        self.line.setZValue(-10)
        self.curve.setZValue(-5)
        loss_plot.x_combo.currentIndexChanged.connect(self.redraw)

    def set_branch(self, timeline, step: int) -> None:
        if timeline is None:
            return
        self.rows, self.step, self.looking_back = timeline.branch_rows, step, timeline.looking_back
        self.redraw()

    def redraw(self) -> None:
        """The branch against updates or epochs, as the loss curves; in the legend while there is one."""
        by_step = self.loss_plot.x_combo.currentData() == "step"
        rows, legend = self.rows, self.loss_plot.loss_plot.legend
        self.curve.setData(rows[:, 0 if by_step else 1], rows[:, 2])
        legend.removeItem(self.curve)
        if len(rows):
            legend.addItem(self.curve, self.name)
        self.line.setVisible(self.looking_back)
        x = self.step if by_step or not len(rows) else float(np.interp(self.step, rows[:, 0], rows[:, 1]))
        self.line.setValue(x)
