"""Weight-matrix heatmaps: one picture per layer, rows = inputs, columns = outputs.

A layer with 3 inputs and 2 outputs is a 3×2 picture titled "W1 (3×2)", its bias vector a
strip under the columns it feeds.  Colours come from the shared diverging palette centred
on 0 with symmetric, rounded limits, per matrix or for the whole network.  The pictures are built
once per network shape and updated in place with ``setImage``.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import palette
from ..view_export import install_exports
from . import cache_axes
from ..form_widgets import make_combo
from ..labels import neuron_name

SHOW_MODES = {"params": "Weights W", "last_update": "Last update ΔW", "since_init": "Change since start W − W₀"}
SCOPES = {"matrix": "Each matrix", "network": "Whole network"}
MAX_NUMBERED_CELLS = 64
MAX_NAMED_COLUMNS = 5
MIN_NUMBER_PIXELS = 38  # narrower cells would make the numbers overlap
BIAS_GAP = 0.3


NICE_STEPS = np.array([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])


def nice_limit(value: float) -> float:
    """The smallest 'round' number ≥ value (steps ≤ 25 % apart): the colour scale and its bar
    stay still while the weights drift, instead of rescaling (and redrawing) every frame."""
    if not np.isfinite(value) or value <= 0:
        return 1.0
    decade = 10.0 ** np.floor(np.log10(value))
    return float(NICE_STEPS[np.searchsorted(NICE_STEPS * decade, value * (1 - 1e-12))] * decade)


def color_map() -> pg.ColorMap:
    lut = palette.diverging_lut()
    return pg.ColorMap(np.linspace(0, 1, len(lut)), lut)


class _MatrixPlot:
    """One layer's W picture, bias strip, colour bar and optional cell numbers."""

    def __init__(self, layout: pg.GraphicsLayout, column: int, title: str, shape: tuple[int, int],
                 row_labels: list[str], column_labels: list[str]):
        n_in, n_out = shape
        self.shape = shape
        self.plot = layout.addPlot(row=0, col=2 * column, title=title)
        self.plot.invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        cache_axes(self.plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.bias = pg.ImageItem(axisOrder="row-major")
        self.bias.setRect(QRectF(0, n_in + BIAS_GAP, n_out, 1))
        for item in (self.image, self.bias):
            self.plot.addItem(item)
        self.bar = pg.ColorBarItem(colorMap=color_map(), interactive=False, width=10, colorMapMenu=False)
        self.bar.setImageItem([self.image, self.bias])
        self.bar.axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        layout.addItem(self.bar, row=0, col=2 * column + 1)
        self._label_axes(row_labels + ["b"], column_labels, n_in)
        self.numbers = []
        if n_in * n_out <= MAX_NUMBERED_CELLS:
            self.numbers = [pg.TextItem(anchor=(0.5, 0.5), color=(20, 20, 20)) for _ in range(n_in * n_out + n_out)]
            for k, item in enumerate(self.numbers):
                i, j = divmod(k, n_out)
                item.setPos(j + 0.5, i + 0.5 if i < n_in else n_in + BIAS_GAP + 0.5)
                self.plot.addItem(item)
        self.plot.setRange(xRange=(0, n_out), yRange=(0, n_in + BIAS_GAP + 1), padding=0.02)

    def _label_axes(self, row_labels: list[str], column_labels: list[str], n_in: int) -> None:
        if len(row_labels) <= 17:
            rows = [(i + 0.5, label) for i, label in enumerate(row_labels[:-1])]
            self.plot.getAxis("left").setTicks([rows + [(n_in + BIAS_GAP + 0.5, "b")]])
        named = len(column_labels) <= MAX_NAMED_COLUMNS  # wider matrices get numbers, not overlapping names
        step = max(1, len(column_labels) // MAX_NAMED_COLUMNS)
        self.plot.getAxis("bottom").setTicks([[(j + 0.5, label if named else str(j + 1))
                                               for j, label in enumerate(column_labels) if j % step == 0]])

    def show(self, weights: np.ndarray, bias: np.ndarray, limit: float, numbers: bool) -> None:
        self.image.setImage(weights, autoLevels=False)
        self.bias.setImage(bias[None, :], autoLevels=False)
        low, high = self.bar.levels()
        if limit != high:  # both images get the new levels; the bar's axis redraws only then
            self.bar.setLevels((-limit, limit))
        numbers = numbers and self.plot.vb.width() / self.shape[1] >= MIN_NUMBER_PIXELS
        for item in self.numbers:
            item.setVisible(numbers)
        if numbers:
            for item, value in zip(self.numbers, np.concatenate([weights.ravel(), bias]).tolist()):
                item.setText(f"{value:.2f}")

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """(row, column) of W under a scene position, row = n_in for the bias strip."""
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        n_in, n_out = self.shape
        j = int(np.floor(point.x()))
        if not 0 <= j < n_out:
            return None
        if 0 <= point.y() < n_in:
            return int(point.y()), j
        if n_in + BIAS_GAP <= point.y() < n_in + BIAS_GAP + 1:
            return n_in, j
        return None

    def cell_center(self, row: int, column: int) -> QPointF:
        """Scene position of a cell's centre (the bias strip is row n_in)."""
        y = row + 0.5 if row < self.shape[0] else self.shape[0] + BIAS_GAP + 0.5
        return self.plot.vb.mapViewToScene(QPointF(column + 0.5, y))


class WeightHeatmaps(QWidget):
    """All weighted layers side by side, with what to show and how to scale the colours."""

    cell_hovered = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_combo = make_combo(SHOW_MODES, "What the pictures show: the weights, the change made by the "
                                     "last update, or the change since the weights were initialized")
        self.scope_combo = make_combo(SCOPES, "Colour range: symmetric around 0, scaled to each matrix's "
                                      "largest |value| or to the whole network's")
        self.numbers_check = QCheckBox("Numbers")
        self.numbers_check.setToolTip(f"Write each value in its cell (matrices up to {MAX_NUMBERED_CELLS} cells)")
        self.numbers_check.setChecked(True)
        self.readout = QLabel("Hover a cell to read its weight")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        install_exports(self.graphics, "weights")
        controls = QHBoxLayout()
        for label, widget in (("Show", self.show_combo), ("Colour range", self.scope_combo)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.numbers_check)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        self.plots: list[_MatrixPlot] = []
        self.input_labels: list[str] = []
        self.latest = None
        for widget in (self.show_combo, self.scope_combo):
            widget.currentIndexChanged.connect(self.redraw)
        self.numbers_check.toggled.connect(self.redraw)
        self.graphics.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    def set_input_labels(self, labels: list[str]) -> None:
        self.input_labels = list(labels)
        self._clear()

    def show_snapshot(self, snapshot) -> None:
        self.latest = snapshot
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()

    def matrices(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(W, b) per weighted layer of the latest snapshot, in the chosen mode."""
        if self.latest is None:
            return []
        mode = self.show_combo.currentData()
        return [(layer[mode]["W"], layer[mode]["b"]) for layer in self.latest.layers if "W" in layer["params"]]

    def redraw(self) -> None:
        matrices = self.matrices()
        if [p.shape for p in self.plots] != [w.shape for w, _ in matrices]:
            self._build([w.shape for w, _ in matrices])
        limits = [nice_limit(max(float(np.abs(w).max()), float(np.abs(b).max()))) for w, b in matrices]
        if self.scope_combo.currentData() == "network" and limits:
            limits = [max(limits)] * len(limits)
        for plot, (w, b), limit in zip(self.plots, matrices, limits):
            plot.show(w, b, limit, self.numbers_check.isChecked())

    def _clear(self) -> None:
        self.graphics.clear()
        self.plots = []

    def _build(self, shapes: list[tuple[int, int]]) -> None:
        self._clear()
        sizes = [shapes[0][0]] + [s[1] for s in shapes] if shapes else []
        names = [[neuron_name(c, i, sizes, self.input_labels) for i in range(n)] for c, n in enumerate(sizes)]
        self.plots = [_MatrixPlot(self.graphics.ci, k, f"W{k + 1} ({n_in}×{n_out})", (n_in, n_out),
                                  names[k], names[k + 1])
                      for k, (n_in, n_out) in enumerate(shapes)]

    def _on_scene_mouse_moved(self, scene_pos) -> None:
        for k, plot in enumerate(self.plots):
            cell = plot.cell_at(scene_pos)
            if cell is not None:
                self.readout.setText(self.describe(k, *cell))
                self.cell_hovered.emit(self.readout.text())
                return

    def describe(self, layer: int, row: int, column: int) -> str:
        """"W1: w[X₁ → h1.2] = 0.1234" (or the bias) for a cell of the latest matrices."""
        w, b = self.matrices()[layer]
        sizes = [self.plots[0].shape[0]] + [p.shape[1] for p in self.plots]
        target = neuron_name(layer + 1, column, sizes, self.input_labels)
        symbol = {"params": "", "last_update": "Δ", "since_init": "Δ"}[self.show_combo.currentData()]
        if row == w.shape[0]:
            return f"b{layer + 1}: {symbol}b[{target}] = {b[column]:.4g}"
        source = neuron_name(layer, row, sizes, self.input_labels)
        return f"W{layer + 1}: {symbol}w[{source} → {target}] = {w[row, column]:.4g}"
