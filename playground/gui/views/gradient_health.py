"""Gradient health: per weighted layer ‖∂L/∂W‖ and ‖ΔW‖/‖W‖ over time on log scales, and one
line of advice that names the cause when it is known (see :mod:`engine.diagnosis`).

One point per snapshot (the mean over the updates it covers) keeps the history bounded by
the frame count, not the update count, however long training runs.  The curves follow the
snapshot: a new network shape or a step counter that went back (Reset, Open) starts afresh.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...engine.diagnosis import Diagnosis, diagnose
from ...engine.history import History
from .. import palette
from ..view_export import install_exports
from . import cache_axes, draw_what_pixels_show
from .loss_plot import positive_or_nan
from .round_limits import decades, nice_limit

REDRAW_HZ = 10
MAX_NAMED_LAYERS = 3
LEGEND_ROWS = 2


def layer_pens(n_layers: int) -> list:
    colors = palette.class_rgb(max(n_layers, 2))[:n_layers]
    return [pg.mkPen(pg.mkColor(*c), width=1) for c in colors.astype(int).tolist()]


def layer_list(names: tuple) -> str:
    """"L1, L2" or "L1, L2, L3 +4" (one line, however deep the network)."""
    shown = ", ".join(names[:MAX_NAMED_LAYERS])
    return shown + (f" +{len(names) - MAX_NAMED_LAYERS}" if len(names) > MAX_NAMED_LAYERS else "")


POINTS_PER_SNAPSHOT = 64


def bucket_means(steps: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Rows [last step, mean of each value column] for at most POINTS_PER_SNAPSHOT buckets of
    consecutive updates (as ``np.array_split`` cuts them), NaN and ±∞ ignored (a bucket of
    none finite is a gap): many updates in one snapshot (a step of hundreds, an opened session)
    keep their course while the view's history stays small.  Vectorized: a loop over buckets
    cost milliseconds per frame."""
    n = len(steps)
    k = min(n, POINTS_PER_SNAPSHOT)
    starts = np.arange(k) * (n // k) + np.minimum(np.arange(k), n % k)
    finite = np.isfinite(values)
    sums = np.add.reduceat(np.where(finite, values, 0.0), starts, axis=0)
    counts = np.add.reduceat(finite, starts, axis=0)
    with np.errstate(all="ignore"):
        means = np.where(counts > 0, sums / counts, np.nan)
    return np.column_stack([steps[np.append(starts[1:], n) - 1], means])


class GradientHealthView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.advice = QLabel()
        self.advice.setAccessibleName(self.tr("Gradient advice"))
        self.advice.setStyleSheet("background:#fff4e0; color:#6b3a00; padding:2px 4px;")
        self.advice.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)  # one line; never widens the dock
        self.advice.hide()
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Gradient health plot"))
        self.graphics.setAccessibleDescription(self.tr("Per layer, the gradient norm and the relative update size "
                                                       "over time, on logarithmic axes"))
        install_exports(self.graphics, "gradients")
        self.norm_plot = self.graphics.addPlot(row=0, col=0, title=self.tr("Gradient ‖∂L/∂W‖"))
        self.ratio_plot = self.graphics.addPlot(row=1, col=0, title=self.tr("Update ‖ΔW‖/‖W‖"))
        for plot in (self.norm_plot, self.ratio_plot):
            plot.disableAutoRange()  # set on rounded limits when they change (see _set_ranges)
            plot.setLogMode(y=True)
            plot.getAxis("left").setStyle(maxTextLevel=0)  # label decades only; minor labels overlap
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setLimits(xMin=0)
        cache_axes(self.norm_plot, self.ratio_plot)
        self.ratio_plot.setXLink(self.norm_plot)
        self.ratio_plot.setLabel("bottom", self.tr("update"))
        self.norm_plot.addLegend(offset=(-5, 5))
        # left-aligned: the legend takes the right of a narrow plot
        self.empty_texts = [pg.TextItem(self.tr("no data yet"), color=(130, 130, 130), anchor=(0, 0.5))
                            for _ in (self.norm_plot, self.ratio_plot)]
        self._show_empty_texts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.advice)
        layout.addWidget(self.graphics, 1)
        self.setToolTip(self.tr("How strongly each layer's weights are pushed. A layer whose gradient is orders of "
                                "magnitude below the output layer's has a vanishing gradient."))
        self.history = History(1)
        self.curves: list[tuple] = []
        self.structure: tuple | None = None
        self.last_step = -1
        self.ranges: tuple | None = None  # the axes' limits set last
        self.diagnosis: Diagnosis | None = None
        self._redraw_timer = QTimer(self, singleShot=True, interval=int(1000 / REDRAW_HZ))
        self._redraw_timer.timeout.connect(self.redraw)

    def _restart(self, names: list[str]) -> None:
        """A new network (or a reset one): empty history, one curve per weighted layer."""
        self.history = History(1 + 2 * len(names))
        for plot in (self.norm_plot, self.ratio_plot):
            plot.clear()
        self._show_empty_texts()
        self.norm_plot.legend.clear()
        self.norm_plot.legend.setColumnCount(max(1, -(-len(names) // LEGEND_ROWS)))  # three rows overran a 1280 px window's plot
        self.curves = [(self.norm_plot.plot(pen=pen, name=name, connect="finite"),
                        self.ratio_plot.plot(pen=pen, connect="finite"))
                       for name, pen in zip(names, layer_pens(len(names)))]
        for curve in (c for pair in self.curves for c in pair):
            draw_what_pixels_show(curve)

    def _show_empty_texts(self) -> None:
        """Put the "no data yet" texts (back) on the plots; ``redraw`` hides them once there is data."""
        for plot, text in zip((self.norm_plot, self.ratio_plot), self.empty_texts):
            plot.addItem(text, ignoreBounds=True)

    def show_snapshot(self, snapshot) -> None:
        if self.take(snapshot) and self.isVisible() and not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def take(self, snapshot) -> bool:
        """Keep a snapshot's records in the view's history; whether there were any."""
        rows = snapshot.step_rows
        structure = snapshot.structure()
        if structure != self.structure or snapshot.step < self.last_step or \
                (len(rows) and rows.step[0] <= self.last_step):
            self.structure = structure
            self._restart([layer.name for layer in snapshot.weighted_layers()])
        self.last_step = snapshot.step
        self._show_diagnosis(diagnose(snapshot))
        if not len(rows) or rows.n_layers != len(self.curves):
            return False
        self.history.extend(bucket_means(rows.step, np.hstack([rows.grad_norm(), rows.update_ratio()])))
        return True

    def advice_text(self, d: Diagnosis) -> str:
        layers, share = layer_list(d.layers), f"{d.share:.0%}" if np.isfinite(d.share) else ""
        texts = {
            ("not_finite", "learning_rate"): self.tr("⚠ NaN or ∞ in {layers}: the learning rate is too large. "
                                                     "Reset and lower it."),
            ("exploding", "learning_rate"): self.tr("⚠ Updates as large as the weights in {layers}: the learning "
                                                    "rate is too large."),
            ("exploding", "init_scale"): self.tr("⚠ Huge gradients in {layers}: lower the initialization scale "
                                                 "or turn on gradient clipping."),
            ("saturated", "learning_rate"): self.tr("⚠ {share} of the outputs of {layers} saturated after too "
                                                    "large updates: lower the learning rate."),
            ("saturated", "init_scale"): self.tr("⚠ {share} of the outputs of {layers} saturated (σ/tanh at its "
                                                 "limits): lower the initialization scale, or use ReLU."),
            ("dead_relu", "learning_rate"): self.tr("⚠ {share} of the ReLU units of {layers} are dead (never "
                                                    "active) after too large updates: lower the learning rate."),
            ("dead_relu", "init_scale"): self.tr("⚠ {share} of the ReLU units of {layers} are dead (never "
                                                 "active): lower the initialization scale, or use leaky ReLU."),
            ("vanishing", ""): self.tr("⚠ Gradients of {layers} vanish (under 10⁻⁴ of the output layer's): "
                                       "try ReLU, He/Xavier initialization or fewer layers."),
        }
        return texts[d.code, d.cause].format(layers=layers, share=share)

    def _show_diagnosis(self, diagnosis: Diagnosis | None) -> None:
        if diagnosis == self.diagnosis and (diagnosis is not None or self.advice.isHidden()):
            return
        self.diagnosis = diagnosis
        self.advice.setVisible(diagnosis is not None)
        text = "" if diagnosis is None else self.advice_text(diagnosis)
        self.advice.setText(text)
        self.advice.setToolTip(text)

    def redraw(self) -> None:
        rows = self.history.view()
        n = len(self.curves)
        norms, ratios = positive_or_nan(rows[:, 1:1 + n]), positive_or_nan(rows[:, 1 + n:])
        for k, (norm_curve, ratio_curve) in enumerate(self.curves):
            norm_curve.setData(rows[:, 0], norms[:, k])
            ratio_curve.setData(rows[:, 0], ratios[:, k])
        for text in self.empty_texts:
            text.setVisible(not len(rows))
        self.norm_plot.legend.setVisible(bool(len(rows)))  # it would cover the text, naming no curve yet
        self._set_ranges(rows[-1, 0] if len(rows) else 0.0, norms, ratios)

    def _set_ranges(self, last_step: float, norms: np.ndarray, ratios: np.ndarray) -> None:
        """Axes on rounded limits (whole decades up and down, the steps to a round number),
        set only when these change: auto-ranging inside each paint moved the axes a little
        every frame, so every frame painted the plots twice and their axes again."""
        ranges = (nice_limit(last_step), decades(norms), decades(ratios))
        if ranges == self.ranges:
            return
        self.ranges = ranges
        for text, decades_shown in zip(self.empty_texts, ranges[1:]):
            text.setPos(ranges[0] * 0.05, sum(decades_shown) / 2)
        self.norm_plot.setRange(xRange=(0, ranges[0]), yRange=ranges[1], padding=0.02)
        self.ratio_plot.setRange(yRange=ranges[2], padding=0.02)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()
