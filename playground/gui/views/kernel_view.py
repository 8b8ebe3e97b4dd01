"""Kernels: every filter of every convolution layer as a small k×k picture, rows = filters,
columns = input channels, in the shared diverging palette centred on 0 with a colour bar.
These few numbers are all a convolution learns: the same kernel slides over every position
of the image.  W, ΔW or the change since the start, like the weight heatmaps; numbers in the
cells when they fit (small layers); hover a cell for its value.  Built once per network shape,
updated in place."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ..form_widgets import make_combo
from ..view_export import install_exports
from . import SnapshotPaced, cache_axes
from .cell_numbers import CellNumbers
from .tiles import GAP, kernel_tiles, kernels_per_row, tile_at
from .weight_heatmaps import SHOW_MODES, color_map, nice_limit
from .weight_matrices import cell_decimals, drawable, finite_limit

MAX_NUMBERED_KERNEL_CELLS = 256  # a layer with more kernel weights than this gets no numbers


def kernel_cell_centres(shape: tuple) -> list[tuple[float, float]]:
    """(x, y) of every kernel cell's centre in :func:`kernel_tiles`, in the order of
    ``kernels.ravel()`` (filter, channel, row, column)."""
    f, c, k, _ = shape
    per_row = kernels_per_row(f, c)
    centres = []
    for picture in range(f * c):
        r, col = divmod(picture, per_row)
        centres += [(col * (k + GAP) + j + 0.5, r * (k + GAP) + i + 0.5) for i in range(k) for j in range(k)]
    return centres


class KernelView(SnapshotPaced, QWidget):
    inspect_requested = Signal(object, str)  # (layer index, parameter, flat index) of a clicked cell, its name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_combo = make_combo({k: QCoreApplication.translate("WeightHeatmaps", v) for k, v in SHOW_MODES.items()}, self.tr(
            "What the kernels show: their weights, the change made by the last update, or the change since "
            "they were initialized"), self.tr("Kernels show"))
        self.show_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.show_combo.setMinimumContentsLength(11)
        self.numbers_check = QCheckBox(self.tr("Numbers"))
        self.numbers_check.setAccessibleName(self.tr("Kernel numbers"))
        self.numbers_check.setToolTip(self.tr("Write each weight in its cell, where the cells are large enough "
                                              "(layers up to {n} kernel weights)").format(n=MAX_NUMBERED_KERNEL_CELLS))
        self.numbers_check.setChecked(True)
        self.readout = QLabel(self.tr("Hover a kernel cell to read its weight, click it to inspect its math"))
        self.readout.setAccessibleName(self.tr("Kernel value"))
        self.note = QLabel(self.tr("This network has no convolution layer: kernels are drawn for image networks."))
        self.note.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Convolution kernels"))
        self.graphics.setToolTip(self.tr("Each small square is one filter's kernel for one input channel "
                                         "(rows: filters, columns: input channels)"))
        install_exports(self.graphics, "kernels")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.note)
        self.stack.addWidget(self.graphics)
        controls = QHBoxLayout()
        label = QLabel(self.tr("Show"))
        label.setBuddy(self.show_combo)
        controls.addWidget(label)
        controls.addWidget(self.show_combo)
        controls.addWidget(self.numbers_check)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.readout)
        self.latest = None
        self.plots: list[tuple] = []  # (plot, image, colour bar, cell numbers) per convolution layer
        self.shown: list[tuple] = []  # (layer name, kernels drawn) per convolution layer
        self._structure = None
        self.show_combo.currentIndexChanged.connect(self.redraw)
        self.numbers_check.toggled.connect(self.redraw)
        self.graphics.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def redraw(self) -> None:
        layers = self.latest.layers_of("conv2d") if self.latest is not None else []
        self.stack.setCurrentWidget(self.graphics if layers else self.note)
        structure = [(l.name, l.kernels.value.shape) for l in layers]
        if structure != self._structure:
            self._build(layers)
        what = self.show_combo.currentData()
        self.shown = []
        for (plot, image, bar, numbers), layer in zip(self.plots, layers):
            kernels = layer.kernels.get(what)
            limit = nice_limit(finite_limit(kernels))
            image.setImage(kernel_tiles(drawable(kernels, limit)), levels=(-limit, limit))
            numbers.show(kernels, cell_decimals(limit), self.numbers_check.isChecked())
            if tuple(bar.levels()) != (-limit, limit):
                bar.setLevels((-limit, limit))
            self.shown.append((layer.name, kernels))

    def _build(self, layers) -> None:
        self.graphics.clear()
        self.plots, self._structure = [], [(l.name, l.kernels.value.shape) for l in layers]
        for row, layer in enumerate(layers):
            f, c, k, _ = layer.kernels.value.shape
            title = self.tr("{layer}: {filters} filters of {k}×{k} × {channels} input channel(s)").format(
                layer=layer.name, filters=f, channels=c, k=k)
            plot = self.graphics.addPlot(row=row, col=0, title=title)
            plot.invertY(True)
            plot.setAspectLocked(True)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            if c > 1:  # rows = filters, columns = input channels
                plot.getAxis("left").setTicks([[((k + 1) * i + k / 2, str(i + 1)) for i in range(f)]])
                plot.getAxis("bottom").setTicks([[((k + 1) * j + k / 2, str(j + 1)) for j in range(c)]])
                plot.setLabel("left", self.tr("filter"))
                plot.setLabel("bottom", self.tr("input channel"))
            else:  # one input channel: the filters in reading order
                per_row = kernels_per_row(f, c)
                plot.getAxis("left").setTicks([[((k + 1) * i + k / 2, str(i * per_row + 1))
                                                for i in range(-(-f // per_row))]])
                plot.getAxis("bottom").setTicks([[((k + 1) * j + k / 2, "+{}".format(j)) for j in range(per_row)]])
                plot.setLabel("left", self.tr("filter"))
            cache_axes(plot)
            image = pg.ImageItem(axisOrder="row-major")
            plot.addItem(image)
            bar = pg.ColorBarItem(colorMap=color_map(), interactive=False, width=10, colorMapMenu=False,
                                  values=(-1, 1))
            bar.setImageItem(image)
            self.graphics.addItem(bar, row=row, col=1)
            shape = layer.kernels.value.shape
            numbered = int(np.prod(shape)) <= MAX_NUMBERED_KERNEL_CELLS
            self.plots.append((plot, image, bar, CellNumbers(plot, kernel_cell_centres(shape) if numbered else [])))

    def cell_at(self, scene_pos) -> tuple[int, int, int, int, int] | None:
        """(layer, filter, channel, row, column) under a scene position."""
        for n, ((plot, *_), (_, kernels)) in enumerate(zip(self.plots, self.shown)):
            if not plot.sceneBoundingRect().contains(scene_pos):
                continue
            point = plot.vb.mapSceneToView(scene_pos)
            f, c, k, _ = kernels.shape
            found = tile_at((f * c, k, k), kernels_per_row(f, c), point.y(), point.x())
            if found is not None:
                picture, i, j = found
                return (n, *divmod(picture, c), i, j)
        return None

    def describe(self, layer: int, f: int, c: int, i: int, j: int) -> str:
        name, kernels = self.shown[layer]
        symbol = "" if self.show_combo.currentData() == "value" else "Δ"
        return self.tr("{layer} filter {f}, channel {c}, cell ({i},{j}): {symbol}w = {value:.4g}").format(
            layer=name, f=f + 1, c=c + 1, i=i + 1, j=j + 1, symbol=symbol, value=kernels[f, c, i, j])

    def _on_scene_mouse_moved(self, scene_pos) -> None:
        cell = self.cell_at(scene_pos)
        if cell is not None:
            self.readout.setText(self.describe(*cell))

    def _on_scene_mouse_clicked(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is None or event.button() != Qt.LeftButton:
            return
        n, *position = cell
        layer = self.latest.layers_of("conv2d")[n]
        flat = int(np.ravel_multi_index(position, layer.kernels.value.shape))
        name = self.describe(*cell).rsplit(": ", 1)[0]
        self.inspect_requested.emit((layer.index, "W", flat), name)
