"""Through time: what a recurrent layer does with one sequence and how its error signal
travels back.  Three pictures: the hidden state h_t of the chosen training sequence (units ×
time steps); ‖∂L/∂h_t‖ per time step at the last update (how the gradient fades or grows
going back in time); W_hh's spectral radius ρ over training (below 1 the signal through
time tends to shrink, above 1 to grow); and the sequence with its target and the output.  Built once per network shape, updated in place."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from ..palette import NEGATIVE, POSITIVE
from ..view_export import install_exports
from . import SnapshotPaced, cache_axes
from .round_limits import nice_limit, steady_span
from .weight_heatmaps import color_map

MAX_RADIUS_POINTS = 2000  # older points are thinned to every other one


class ThroughTimeView(SnapshotPaced, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.sample = QSpinBox(minimum=0, maximum=0)
        self.sample.setAccessibleName(self.tr("Sequence"))
        self.sample.setToolTip(self.tr("Which training sequence the hidden-state picture follows"))
        self.readout = QLabel()
        controls = QHBoxLayout()
        label = QLabel(self.tr("Sequence"))
        label.setBuddy(self.sample)
        controls.addWidget(label)
        controls.addWidget(self.sample)
        controls.addWidget(self.readout, 1)
        self.note = QLabel(self.tr("This network has no recurrent layer: choose a sequence data set "
                                   "(Problem: Sequences) to watch it through time."))
        self.note.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Through time"))
        self.graphics.setToolTip(self.tr("Hidden state per time step, the gradient's size per time step, "
                                         "and W_hh's spectral radius over training"))
        install_exports(self.graphics, "through_time")
        self._build_plots()
        self._stack_below(controls, self.note, self.graphics)
        self.latest = None
        self.radius_steps: list[float] = []
        self.radii: list[float] = []
        self.ranges: dict = {}  # plot → (x range, y range) last set
        self.shown_sequence: np.ndarray | None = None  # the sequence and target drawn (set again only when they change)

    def _plot(self, row: int, col: int, title: str, x: str, y: str, rowspan: int = 1) -> pg.PlotItem:
        plot = self.graphics.addPlot(row=row, col=col, rowspan=rowspan, title=title)
        plot.setLabel("bottom", x)
        plot.setLabel("left", y)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.disableAutoRange()  # set on rounded limits when these change (see _set_range)
        cache_axes(plot)
        return plot

    def _build_plots(self) -> None:
        self.hidden_plot = self._plot(0, 0, self.tr("Hidden state h_t"), self.tr("time step t"), self.tr("unit"))
        self.hidden_plot.invertY(True)
        self.hidden_image = pg.ImageItem(axisOrder="row-major")
        self.hidden_image.setColorMap(color_map())
        self.hidden_plot.addItem(self.hidden_image)
        self.grad_plot = self._plot(0, 1, self.tr("‖∂L/∂h_t‖ per step"), self.tr("time step t"), self.tr("norm"))
        self.grad_curve = self.grad_plot.plot(pen=pg.mkPen(POSITIVE), symbol="o", symbolSize=5,
                                              symbolBrush=POSITIVE)
        self.radius_plot = self._plot(1, 1, self.tr("ρ(W_hh) over training"), self.tr("update"), self.tr("radius"))
        for column in (0, 1):  # two equal columns, whatever the titles' lengths
            self.graphics.ci.layout.setColumnStretchFactor(column, 1)
        self.radius_plot.addLine(y=1.0, pen=pg.mkPen((150, 150, 150), style=pg.QtCore.Qt.DashLine))
        self.radius_curve = self.radius_plot.plot(pen=pg.mkPen(NEGATIVE))
        self.series_plot = self._plot(1, 0, self.tr("Input, target ●, output ✕"), self.tr("time step t"),
                                      self.tr("value"))
        self.series_curve = self.series_plot.plot(pen=pg.mkPen((90, 90, 90)))
        self.target_dot = self.series_plot.plot(pen=None, symbol="o", symbolSize=9, symbolBrush=POSITIVE)
        self.prediction_mark = self.series_plot.plot(pen=None, symbol="x", symbolSize=11, symbolBrush=NEGATIVE,
                                                     symbolPen=pg.mkPen(NEGATIVE, width=2))

    def clear_history(self) -> None:
        self.radius_steps, self.radii = [], []
        self.radius_curve.setData([], [])

    def take(self, snapshot) -> bool:
        """Keep it, and W_hh's spectral radius for the curve over training (hidden or not)."""
        layers = snapshot.layers_of("simple_rnn")
        if layers:
            self._record_radius(snapshot.step, layers[0].spectral_radius)
        return super().take(snapshot)

    def _record_radius(self, step: int, radius: float) -> None:
        if self.radius_steps and step <= self.radius_steps[-1]:
            return
        self.radius_steps.append(float(step))
        self.radii.append(float(radius))
        if len(self.radii) > MAX_RADIUS_POINTS:  # bounded: keep the recent half, thin the older
            half = len(self.radii) // 2
            self.radius_steps = self.radius_steps[:half:2] + self.radius_steps[half:]
            self.radii = self.radii[:half:2] + self.radii[half:]

    def _show_series(self, sample) -> None:
        """The chosen sequence's first feature over time, and after its last step the target
        and the network's output (its first unit)."""
        series = np.asarray(sample.point, dtype=float)[:, 0]
        after = len(series) + 1
        target = np.asarray(sample.label, dtype=float).ravel()
        shown = np.append(series, target[:1])
        if self.shown_sequence is None or not np.array_equal(self.shown_sequence, shown):
            self.shown_sequence = shown  # a training sequence and its target stay put: only the output moves
            self.series_curve.setData(np.arange(1, after), series)
            self.target_dot.setData([after], target[:1])
        output = np.asarray(sample.columns[-1], dtype=float).ravel()
        self.prediction_mark.setData([after], output[:1])
        self._set_range(self.series_plot, (0.5, after + 0.5),
                        steady_span(np.concatenate([series, target[:1], output[:1]]), self._y_range(self.series_plot)))

    def _y_range(self, plot: pg.PlotItem) -> tuple | None:
        return self.ranges[plot][1] if plot in self.ranges else None

    def _set_range(self, plot: pg.PlotItem, x: tuple, y: tuple) -> None:
        """Set a plot's axes only when their rounded limits change: auto-ranging inside each
        paint moved them a little every frame, and each move painted the whole grid again
        (measured: 1.6 paints of 10-25 ms per frame while an RNN played)."""
        if self.ranges.get(plot) != (x, y):
            self.ranges[plot] = (x, y)
            plot.setRange(xRange=x, yRange=y, padding=0.02)

    def redraw(self) -> None:
        s = self.latest
        layers = s.layers_of("simple_rnn") if s is not None else []
        self.stack.setCurrentWidget(self.graphics if layers else self.note)
        if not layers:
            return
        layer = layers[0]
        norms = layer.time_grad_norms
        self.grad_curve.setData(np.arange(1, len(norms) + 1), norms)
        self._set_range(self.grad_plot, (0.5, len(norms) + 0.5), steady_span(norms, self._y_range(self.grad_plot)))
        self.radius_curve.setData(self.radius_steps, self.radii)
        last = self.radius_steps[-1] if self.radius_steps else 1.0
        self._set_range(self.radius_plot, (0.0, nice_limit(last)),  # the dashed line at ρ = 1 always inside
                        steady_span(self.radii + [1.0], self._y_range(self.radius_plot)))
        if s.sample is not None and layer.index in s.sample.hidden_states:
            states = s.sample.hidden_states[layer.index].T  # units × time steps
            limit = max(float(np.nanmax(np.abs(states))) if states.size else 1.0, 1e-9)
            self.hidden_image.setImage(np.nan_to_num(states), levels=(-limit, limit))
            self.hidden_image.setRect(0.5, 0.5, states.shape[1], states.shape[0])
            self._set_range(self.hidden_plot, (0.5, states.shape[1] + 0.5), (0.5, states.shape[0] + 0.5))
            self._show_series(s.sample)
        self.readout.setText(self.tr("{layer}: spectral radius {radius:.3f}; ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ = {ratio:.3g}").format(
            layer=layer.name, radius=layer.spectral_radius,
            ratio=norms[0] / norms[-1] if len(norms) and norms[-1] else float("nan")))
