"""Gradient health: per layer ‖∂L/∂W‖ and ‖ΔW‖/‖W‖ over time on log scales, and a warning
in words when a layer's gradient vanishes or explodes.

One point per snapshot (the mean over the updates it covers) keeps the history bounded by
the frame count, not the update count, however long training runs.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...engine.history import History
from ...engine.training import VANISHING_RATIO, diagnose_gradients, gradient_health
from .. import palette
from ..view_export import install_exports
from . import cache_axes
from .loss_plot import positive_or_nan

REDRAW_HZ = 10
ADVICE = {
    "vanishing": "its gradient is under {ratio:g}× the output layer's, so it barely learns. "
                 "Try ReLU instead of sigmoid/tanh, He or Xavier initialization, or fewer layers.",
    "exploding": "its gradient or update is huge. Lower the learning rate, the initialization "
                 "scale, or turn on gradient clipping.",
}


def layer_pens(n_layers: int) -> list:
    colors = palette.class_rgb(max(n_layers, 2))[:n_layers]
    return [pg.mkPen(pg.mkColor(*c), width=2) for c in colors.astype(int).tolist()]


class GradientHealthView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet("background:#fff4e0; color:#6b3a00; padding:4px;")
        self.warning.hide()
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        install_exports(self.graphics, "gradients")
        self.norm_plot = self.graphics.addPlot(row=0, col=0, title="Gradient norm ‖∂L/∂W‖ per layer")
        self.ratio_plot = self.graphics.addPlot(row=1, col=0, title="Update size ‖ΔW‖ / ‖W‖ per layer")
        for plot in (self.norm_plot, self.ratio_plot):
            plot.setLogMode(y=True)
            plot.getAxis("left").setStyle(maxTextLevel=0)  # label decades only; minor labels overlap
            plot.showGrid(x=True, y=True, alpha=0.2)
        cache_axes(self.norm_plot, self.ratio_plot)
        self.ratio_plot.setXLink(self.norm_plot)
        self.ratio_plot.setLabel("bottom", "update")
        self.norm_plot.addLegend(offset=(-5, 5))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.warning)
        layout.addWidget(self.graphics, 1)
        self.setToolTip("How strongly each layer's weights are pushed. A layer whose gradient is orders of "
                        "magnitude below the output layer's has a vanishing gradient.")
        self.history = History(1)
        self.curves: list[tuple] = []
        self.problems: list[tuple[int, str]] = []
        self._redraw_timer = QTimer(self, singleShot=True, interval=int(1000 / REDRAW_HZ))
        self._redraw_timer.timeout.connect(self.redraw)

    def set_layers(self, n_layers: int) -> None:
        """A new network: empty history, one curve per weighted layer."""
        self.history = History(1 + 2 * n_layers)
        for plot in (self.norm_plot, self.ratio_plot):
            plot.clear()
        self.norm_plot.legend.clear()
        self.curves = []
        for k, pen in enumerate(layer_pens(n_layers)):
            self.curves.append((self.norm_plot.plot(pen=pen, name=f"W{k + 1}", connect="finite"),
                                self.ratio_plot.plot(pen=pen, connect="finite")))
        self._show_problems([])

    def show_snapshot(self, snapshot) -> None:
        rows = snapshot.step_rows
        if not len(rows) or rows.shape[1] != 1 + 3 * len(self.curves):
            return
        norms, ratios = gradient_health(rows)
        finite = np.isfinite(ratios)
        mean_ratios = np.where(finite, ratios, 0).sum(0) / np.maximum(finite.sum(0), 1)
        self.history.append(np.concatenate([[rows[-1, 0]], norms.mean(0), mean_ratios]))
        self._show_problems(diagnose_gradients(norms[-1], ratios[-1]))
        if self.isVisible() and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _show_problems(self, problems: list[tuple[int, str]]) -> None:
        if problems == self.problems and (problems or self.warning.isHidden()):
            return
        self.problems = problems
        self.warning.setVisible(bool(problems))
        self.warning.setText("\n".join(f"⚠ Layer W{layer + 1}: " + ADVICE[kind].format(ratio=VANISHING_RATIO)
                                       for layer, kind in problems))

    def redraw(self) -> None:
        rows = self.history.view()
        n = len(self.curves)
        for k, (norm_curve, ratio_curve) in enumerate(self.curves):
            norm_curve.setData(rows[:, 0], positive_or_nan(rows[:, 1 + k]))
            ratio_curve.setData(rows[:, 0], positive_or_nan(rows[:, 1 + n + k]))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()
