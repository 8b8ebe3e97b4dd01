"""Weight-matrix heatmaps: one picture per matrix, rows = inputs, columns = outputs.

A dense layer with 3 inputs and 2 outputs is a 3×2 picture titled "W1 (3×2)", its bias
vector a strip under the columns it feeds; a recurrent layer shows W_xh and W_hh, a
convolution its kernels unrolled (see :mod:`weight_matrices`).  Colours come from the shared
diverging palette centred on 0 with symmetric, rounded limits, per matrix or for the whole
network.  The pictures wrap into rows inside a scroll area, so every matrix of a deep network
is reachable and a PNG export holds them all.  Built once per network shape, updated in place.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QCheckBox, QComboBox, QGraphicsItem, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .. import palette
from ..form_widgets import make_combo
from ..frame_scheduler import same_parameters
from ..view_export import install_exports
from . import cache_axes
from .round_limits import nice_limit
from .cell_numbers import NUMBER_PADDING, WIDEST_NUMBER, CellNumbers
from .weight_matrices import Matrix, cell_decimals, drawable, finite_limit, matrices_of

# Marked for the translation tools; self.tr() words them in the widget ("WeightHeatmaps" context).
SHOW_MODES = {"value": QT_TRANSLATE_NOOP("WeightHeatmaps", "Weights W"),
              "last_update": QT_TRANSLATE_NOOP("WeightHeatmaps", "Last update ΔW"),
              "since_init": QT_TRANSLATE_NOOP("WeightHeatmaps", "Change since start W − W₀")}
SCOPES = {"matrix": QT_TRANSLATE_NOOP("WeightHeatmaps", "Each matrix"),
          "network": QT_TRANSLATE_NOOP("WeightHeatmaps", "Whole network")}
MAX_NUMBERED_CELLS = 64
MAX_INDEXED_COLUMNS = 6  # unnumbered (wide) matrices label every k-th column by its number
MIN_NUMBER_PIXELS = 40  # a numbered cell is at least this wide (more with a larger font)
MIN_ROW_PIXELS = 20
MIN_PLOT_PIXELS = 170
AXIS_PIXELS = 70  # left axis, colour bar and margins next to a picture
PER_ROW = 3
BIAS_GAP = 0.3
TITLE_SCALE = 11 / 9  # pyqtgraph's 11 pt titles beside a 9 pt application font

def fitting_limits(matrices: list[Matrix]) -> list[float]:
    """Each matrix's colour range: a round number at least its largest finite |value|."""
    return [nice_limit(finite_limit(m.values, m.bias)) for m in matrices]


def color_map() -> pg.ColorMap:
    lut = palette.diverging_lut()
    return pg.ColorMap(np.linspace(0, 1, len(lut)), lut)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeightHeatmaps", text)


class MatrixPlot:
    """One matrix picture, its bias strip (if any), colour bar and optional cell numbers."""

    def __init__(self, layout: pg.GraphicsLayout, row: int, column: int, matrix: Matrix):
        n_in, n_out = self.shape = matrix.values.shape
        self.has_bias = matrix.bias is not None
        self.numbered = n_in * n_out <= MAX_NUMBERED_CELLS
        self.plot = layout.addPlot(row=row, col=2 * column)
        # the title's size from the application font, as the cells': presentation mode scales both
        self.plot.setTitle(matrix.title, size=f"{QFont().pointSizeF() * TITLE_SCALE:g}pt")
        self.plot.invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        cache_axes(self.plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.bias = pg.ImageItem(axisOrder="row-major")
        self.image.setImage(np.zeros(self.shape), levels=(-1, 1))
        self.bias.setImage(np.zeros((1, n_out)), levels=(-1, 1))
        # after an image of the right size: setRect scales by the image's size at the time
        self.bias.setRect(QRectF(0, n_in + BIAS_GAP, n_out, 1))
        self.plot.addItem(self.image)
        if self.has_bias:
            self.plot.addItem(self.bias)
        self.bar = pg.ColorBarItem(colorMap=color_map(), interactive=False, width=10, colorMapMenu=False,
                                   values=(-1, 1))
        self.bar.setImageItem([self.image, self.bias])
        self.bar.setLevels((-1.0, 1.0))
        self.bar.axis.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        layout.addItem(self.bar, row=row, col=2 * column + 1)
        self._label_axes(matrix.row_labels, matrix.column_labels)
        cells = n_in * n_out + (n_out if self.has_bias else 0)
        positions = [(j + 0.5, i + 0.5 if i < n_in else n_in + BIAS_GAP + 0.5)
                     for i, j in (divmod(k, n_out) for k in range(cells))] if self.numbered else []
        self.numbers = CellNumbers(self.plot, positions)
        self.plot.setRange(xRange=(0, n_out), yRange=(0, self.bottom), padding=0.02)
        # the cells' minimum from the font the numbers are drawn in (QT_SCALE_FACTOR and font size included)
        metrics = QFontMetricsF(QFont())  # what the numbers are drawn in: the application font
        cell_width = max(MIN_NUMBER_PIXELS, metrics.horizontalAdvance(WIDEST_NUMBER) + NUMBER_PADDING + 8)
        cell_height = max(MIN_ROW_PIXELS, metrics.height() + 2)
        width = n_out * cell_width if self.numbered else MIN_PLOT_PIXELS
        height = (n_in + 1.3) * cell_height if self.numbered else MIN_PLOT_PIXELS
        self.plot.setMinimumSize(max(width, 90) + AXIS_PIXELS - 20, max(height, 90) + 60)

    @property
    def bottom(self) -> float:
        return self.shape[0] + (BIAS_GAP + 1 if self.has_bias else 0)

    def _label_axes(self, row_labels: list[str], column_labels: list[str]) -> None:
        n_in = self.shape[0]
        if n_in <= 17:
            rows = [(i + 0.5, label) for i, label in enumerate(row_labels)]
            self.plot.getAxis("left").setTicks([rows + ([(n_in + BIAS_GAP + 0.5, "b")] if self.has_bias else [])])
        else:
            step = -(-n_in // 8)
            self.plot.getAxis("left").setTicks([[(i + 0.5, str(i + 1)) for i in range(0, n_in, step)]])
        if self.numbered:  # every cell is MIN_NUMBER_PIXELS wide: room for a name
            ticks = [(j + 0.5, label) for j, label in enumerate(column_labels)]
        else:  # narrow cells: every k-th column by number, never overlapping names
            step = -(-len(column_labels) // MAX_INDEXED_COLUMNS)
            ticks = [(j + 0.5, str(j + 1)) for j in range(0, len(column_labels), step)]
        self.plot.getAxis("bottom").setTicks([ticks])

    def show(self, weights: np.ndarray, bias: np.ndarray | None, limit: float, numbers: bool) -> None:
        levels = (-limit, limit)
        self.image.setImage(drawable(weights, limit), levels=levels)
        if self.has_bias:
            self.bias.setImage(drawable(bias, limit)[None, :], levels=levels)
        if tuple(self.bar.levels()) != levels:  # the bar's axis redraws only when the range changes
            self.bar.setLevels(levels)
        if self.numbered:
            values = weights.ravel() if bias is None or not self.has_bias else np.concatenate([weights.ravel(), bias])
            self.numbers.show(values, cell_decimals(limit), numbers)

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """(row, column) under a scene position, row = n_in for the bias strip."""
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plot.vb.mapSceneToView(scene_pos)
        n_in, n_out = self.shape
        j = int(np.floor(point.x()))
        if not 0 <= j < n_out:
            return None
        if 0 <= point.y() < n_in:
            return int(point.y()), j
        if self.has_bias and n_in + BIAS_GAP <= point.y() < n_in + BIAS_GAP + 1:
            return n_in, j
        return None

    def cell_center(self, row: int, column: int) -> QPointF:
        """Scene position of a cell's centre (the bias strip is row n_in)."""
        y = row + 0.5 if row < self.shape[0] else self.shape[0] + BIAS_GAP + 0.5
        return self.plot.vb.mapViewToScene(QPointF(column + 0.5, y))


class WeightHeatmaps(QWidget):
    """Every weight matrix, wrapped PER_ROW to a row, with what to show and how to scale."""

    inspect_requested = Signal(object, str)  # (layer index, parameter, flat index) of a clicked cell, its name


    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_combo = make_combo({k: self.tr(v) for k, v in SHOW_MODES.items()}, self.tr(
            "What the pictures show: the weights, the change made by the last update, or the change since "
            "the weights were initialized"))
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.scope_combo = make_combo({k: self.tr(v) for k, v in SCOPES.items()}, self.tr(
            "Colour range: symmetric around 0, scaled to each matrix's largest |value| or to the whole network's"))
        self.scope_combo.setAccessibleName(self.tr("Colour range"))
        self.numbers_check = QCheckBox(self.tr("Numbers"))
        self.numbers_check.setAccessibleName(self.tr("Numbers"))
        self.numbers_check.setToolTip(self.tr("Write each value in its cell (matrices up to %n cells)", "",
                                              MAX_NUMBERED_CELLS))
        self.numbers_check.setChecked(True)
        self.readout = QLabel(self.tr("Hover a cell to read its weight, click it to inspect its math"))
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        install_exports(self.graphics, "weights")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.graphics)
        for bar in (self.scroll.verticalScrollBar(), self.scroll.horizontalScrollBar()):
            bar.valueChanged.connect(self._on_scroll_moved)  # pictures scrolled into view are drawn then
        self.scroll.viewport().installEventFilter(self)  # ... and those a bigger view uncovers
        self.scroll.setAccessibleName(self.tr("Weight matrices"))
        self.scroll.setToolTip(self.tr("Every weight matrix of the network; scroll to see them all"))
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Show"), self.show_combo), (self.tr("Colour range"), self.scope_combo)):
            # full width where there is room; a narrow dock shortens the combo, not the pictures'
            # room (an explicit minimum width overrides the content's; the list opens in full)
            widget.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("Weights") + 24)
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            controls.addWidget(buddy)
            controls.addWidget(widget)
        controls.addWidget(self.numbers_check)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.readout)
        self.plots: list[MatrixPlot] = []
        self.shown: list[Matrix] = []
        self.input_labels: list[str] = []
        self.latest = None
        self.shared_limits: list[float] | None = None  # each matrix's colour range, set from outside (compared runs)
        for widget in (self.show_combo, self.scope_combo):
            widget.currentIndexChanged.connect(self.redraw)
        self.numbers_check.toggled.connect(self.redraw)
        self.graphics.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def set_input_labels(self, labels: list[str]) -> None:
        self.input_labels = list(labels)
        self._clear()

    def show_snapshot(self, snapshot) -> None:
        self.take(snapshot)
        if self.isVisible():
            self.redraw()

    def take(self, snapshot) -> bool:
        """Keep a snapshot; whether its weights differ from the last one's."""
        changed = not same_parameters(self.latest, snapshot)
        self.latest = snapshot
        return changed

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.redraw()

    def matrices(self) -> list[Matrix]:
        """The pictures of the latest snapshot, in the chosen mode."""
        return matrices_of(self.latest, self.show_combo.currentData(), self.input_labels)

    def own_limits(self) -> list[float]:
        """The colour range that fits each matrix shown, on its own."""
        return fitting_limits(self.matrices())

    def redraw(self) -> None:
        self.draw(self.matrices())

    def draw(self, matrices: list[Matrix]) -> None:
        """Draw ``matrices`` (made from the latest snapshot).  Only the pictures in the scroll
        area's view are drawn; the others when scrolled to."""
        layout_key = [(m.title, m.values.shape, m.bias is not None) for m in matrices]
        if [(m.title, m.values.shape, m.bias is not None) for m in self.shown] != layout_key:
            self._build(matrices)
        self.shown = matrices
        if self.shared_limits is not None and len(self.shared_limits) == len(matrices):
            limits = list(self.shared_limits)
        else:
            limits = fitting_limits(matrices)
            if self.scope_combo.currentData() == "network" and limits:
                limits = [max(limits)] * len(limits)
        seen = QRectF(-self.graphics.pos().x(), -self.graphics.pos().y(),  # the scroll area's view, in the
                      self.scroll.viewport().width(), self.scroll.viewport().height())  # pictures' coordinates
        for plot, m, limit in zip(self.plots, matrices, limits):
            if plot.plot.sceneBoundingRect().intersects(seen):
                plot.show(m.values, m.bias, limit, self.numbers_check.isChecked())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and watched is self.scroll.viewport():
            self._on_scroll_moved()
        return super().eventFilter(watched, event)

    def _on_scroll_moved(self) -> None:
        if self.latest is not None and self.plots:
            self.redraw()

    def restyle(self) -> None:
        """The look changed (presentation mode): cells sized for the new font, the new colours."""
        self._clear()
        if self.latest is not None:
            self.redraw()

    def _clear(self) -> None:
        self.graphics.clear()
        self.plots, self.shown = [], []

    def _build(self, matrices: list[Matrix]) -> None:
        self._clear()
        self.plots = [MatrixPlot(self.graphics.ci, k // PER_ROW, k % PER_ROW, m) for k, m in enumerate(matrices)]
        # the grid's own minimum (pictures, colour bars, spacing): the scroll area scrolls beyond it
        minimum = self.graphics.ci.layout.effectiveSizeHint(Qt.MinimumSize)
        self.graphics.setMinimumSize(int(minimum.width()) + 20, int(minimum.height()) + 20)

    def _on_scene_mouse_moved(self, scene_pos) -> None:
        for k, plot in enumerate(self.plots):
            cell = plot.cell_at(scene_pos)
            if cell is not None:
                self.readout.setText(self.describe(k, *cell))
                return

    def _on_scene_mouse_clicked(self, event) -> None:
        for k, plot in enumerate(self.plots):
            cell = plot.cell_at(event.scenePos())
            if cell is not None and event.button() == Qt.LeftButton:
                name = self.describe(k, *cell).rsplit(" = ", 1)[0].replace("Δ", "")
                self.inspect_requested.emit(self.shown[k].parameter_at(*cell), name)
                return

    def describe(self, index: int, row: int, column: int) -> str:
        """"W1: w[X₁ → h1.2] = 0.1234" (or the bias) for a cell of the latest matrices."""
        m = self.shown[index]
        symbol = {"value": "", "last_update": "Δ", "since_init": "Δ"}[self.show_combo.currentData()]
        target = m.column_labels[column]
        if row == m.values.shape[0]:
            return f"{m.bias_name}: {symbol}b[{target}] = {m.bias[column]:.4g}"
        return f"{m.weight_name}: {symbol}w[{m.row_labels[row]} → {target}] = {m.values[row, column]:.4g}"
