"""Sliding step-through: one kernel of a convolution layer, one position at a time, with the
network's real, current numbers.  Above: the chosen input channel (with the layer's zero
padding) and the window read at this position outlined; the filter's output map with the
cell being computed outlined.  Below: the window, the kernel K[filter, channel] and their
element-wise products; then the sum: Σ products (+ the other input channels) + b = z, and
the activation f(z) = the feature map's value.  Step or Play moves the same kernel to the
next position: "the same weights at every position" is seen here."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QComboBox, QGraphicsRectItem, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ...engine.activations import get_activation
from ...engine.conv_geometry import Window, conv_cell, padded
from ..palette import NEGATIVE
from ..view_export import install_exports
from . import SnapshotPaced, keep_minimum, scrolling
from .pictures import picture_plot
from .weight_heatmaps import MatrixPlot, nice_limit
from .weight_matrices import Matrix, drawable, finite_limit

PLAY_INTERVAL_MS = 500  # one position per half second: slow enough to read the sum


class StepThroughView(SnapshotPaced, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer_combo = QComboBox()
        self.layer_combo.setAccessibleName(self.tr("Convolution layer"))
        self.layer_combo.setToolTip(self.tr("The convolution layer whose kernel slides"))
        self.filter_spin = self._spin(self.tr("Filter"), self.tr("Which filter (output map) of the layer"))
        self.channel_spin = self._spin(self.tr("Input channel"), self.tr("Which input channel's kernel is drawn"))
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setAccessibleName(self.tr("Step the kernel"))
        self.step_button.setToolTip(self.tr("Slide the kernel to the next position"))
        self.play_button = QPushButton(self.tr("Play"), checkable=True)
        self.play_button.setAccessibleName(self.tr("Play the kernel"))
        self.play_button.setToolTip(self.tr("Slide the kernel over the whole input, one position after another"))
        self.timer = QTimer(self, interval=PLAY_INTERVAL_MS)
        self.sum_label = QLabel()
        self.sum_label.setAccessibleName(self.tr("Output cell"))
        self.sum_label.setWordWrap(True)
        controls = QHBoxLayout()
        for text, widget in ((self.tr("Layer"), self.layer_combo), (self.tr("Filter"), self.filter_spin),
                             (self.tr("Channel"), self.channel_spin)):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addWidget(self.step_button)
        controls.addWidget(self.play_button)
        controls.addStretch()
        self.note = QLabel(self.tr("This network has no convolution layer: the step-through slides a kernel "
                                   "over an image (Problem: Images)."))
        self.note.setWordWrap(True)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setAccessibleName(self.tr("Kernel step-through"))
        self.graphics.setToolTip(self.tr("The kernel at one position: the input window, the kernel, their products"))
        install_exports(self.graphics, "step_through")
        self._stack_below(controls, self.note, scrolling(self.graphics))
        self.layout().addWidget(self.sum_label)
        self.position: int | None = None  # row-major index of the output cell; None: the map's centre
        self.cell: dict = {}  # what is shown now: layer, filter, channel, row, col, z, a
        self._structure = None
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.timer.timeout.connect(self.step)
        self.layer_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.filter_spin.valueChanged.connect(self.redraw)
        self.channel_spin.valueChanged.connect(self.redraw)

    def _spin(self, name: str, tip: str) -> QSpinBox:
        spin = QSpinBox(minimum=1, maximum=1)
        spin.setAccessibleName(name)
        spin.setToolTip(tip)
        return spin

    def _build(self, layer, channels: int) -> None:
        """Plots for one layer's geometry: input and output maps above, window, kernel and
        products below (the weight heatmaps' matrix plots: numbers in cells, hover values)."""
        self.graphics.clear()
        k = layer.kernel
        self.input_plot, self.input_image = self._map_plot(0, 0, self.tr("Input (padded)"))
        self.output_plot, self.output_image = self._map_plot(0, 3, self.tr("Output map"))
        self.input_box, self.output_box = QGraphicsRectItem(), QGraphicsRectItem()
        for plot, box in ((self.input_plot, self.input_box), (self.output_plot, self.output_box)):
            pen = QPen(pg.mkColor(NEGATIVE), 0)
            pen.setWidth(3)
            pen.setCosmetic(True)
            box.setPen(pen)
            box.setZValue(10)
            plot.addItem(box)
        self.image_box = QGraphicsRectItem()  # the image itself, inside its zero padding
        edge = QPen(pg.mkColor(120, 120, 120), 0, Qt.DashLine)
        edge.setCosmetic(True)
        self.image_box.setPen(edge)
        self.input_plot.addItem(self.image_box)
        labels = [str(i + 1) for i in range(k)]
        titles = (self.tr("Input window"), self.tr("Kernel"), self.tr("Window ⊙ kernel"))
        self.cell_plots = [MatrixPlot(self.graphics.ci, 1, n, Matrix(layer.name, title, np.zeros((k, k)), None,
                                                                     labels, labels, "", ""))
                           for n, title in enumerate(titles)]
        self._structure = (layer.name, layer.kernels.value.shape, layer.input_shape, channels)
        keep_minimum(self.graphics)

    def _map_plot(self, row: int, col: int, title: str):
        return picture_plot(self.graphics, row=row, col=col, colspan=3, title=title)

    def conv_layers(self) -> list:
        return self.latest.layers_of("conv2d") if self.latest is not None else []

    def redraw(self) -> None:
        layers = self.conv_layers()
        s = self.latest
        self.stack.setCurrentIndex(1 if layers else 0)
        if not layers:
            return
        self._fill_choices(layers)
        layer = layers[max(self.layer_combo.currentIndex(), 0)]
        if s.sample is None:
            self.sum_label.setText(self.tr("Waiting for the chosen image…"))
            return
        x = np.asarray(s.sample.columns[layer.index], dtype=float)
        if self._structure != (layer.name, layer.kernels.value.shape, layer.input_shape, x.shape[0]):
            self._build(layer, x.shape[0])
        self._show_cell(layer, x, np.asarray(s.sample.columns[layer.index + 1], dtype=float))

    def _fill_choices(self, layers) -> None:
        names = [layer.name for layer in layers]
        if [self.layer_combo.itemText(i) for i in range(self.layer_combo.count())] != names:
            self.layer_combo.blockSignals(True)
            self.layer_combo.clear()
            self.layer_combo.addItems(names)
            self.layer_combo.blockSignals(False)
        layer = layers[max(self.layer_combo.currentIndex(), 0)]
        f, c = layer.kernels.value.shape[:2]
        self.filter_spin.setMaximum(f)
        self.channel_spin.setMaximum(c)

    def _show_cell(self, layer, x: np.ndarray, out: np.ndarray) -> None:
        f, ch = self.filter_spin.value() - 1, self.channel_spin.value() - 1
        ho, wo = out.shape[1:]
        if self.position is None:  # the centre: a corner of a padded image often reads only zeros
            self.position = (ho // 2) * wo + wo // 2
        self.position %= ho * wo
        row, col = divmod(self.position, wo)
        window = Window.of_layer(layer)
        xp = padded(x, window, (ho, wo))
        kernels, bias = layer.kernels.value, layer.b.value
        patch, products, z = conv_cell(xp, kernels, bias, window, f, row, col)
        a = float(get_activation(layer.activation).forward(np.array([z]))[0])
        self._draw_maps(xp[ch], out[f], window, row, col, x.shape[1:])
        for plot, values in zip(self.cell_plots, (patch[ch], kernels[f, ch], products[ch])):
            limit = nice_limit(finite_limit(values))
            plot.show(values, None, limit, True)
        self.cell = {"layer": layer.name, "filter": f, "channel": ch, "row": row, "col": col, "z": z, "a": a}
        self.sum_label.setText(self._sum_text(layer, products, ch, float(bias[f]), z, a))

    def _draw_maps(self, picture: np.ndarray, out_map: np.ndarray, window: Window, row: int, col: int,
                   image_size: tuple) -> None:
        for image, values in ((self.input_image, picture), (self.output_image, out_map)):
            limit = nice_limit(finite_limit(values))
            image.setImage(drawable(values, limit), levels=(-limit, limit))
        k, s = window.k, window.stride
        self.input_box.setRect(QRectF(col * s, row * s, k, k))
        self.image_box.setRect(QRectF(window.left, window.top, image_size[1], image_size[0]))
        self.output_box.setRect(QRectF(col, row, 1, 1))

    def _sum_text(self, layer, products: np.ndarray, ch: int, bias: float, z: float, a: float) -> str:
        """The sum in four significant digits (the cells show two: this line is the one to check)."""
        this, others = float(products[ch].sum()), float(products.sum() - products[ch].sum())
        other_text = (self.tr(" + {others} (the other {n} input channels)").format(
            others=f"{others:.4g}", n=len(products) - 1) if len(products) > 1 else "")
        return self.tr("Position ({row}, {col}) of {layer}, filter {f}: Σ window ⊙ kernel = {this}{other_text} "
                       "+ b = {bias} → z = {z};  {activation}(z) = {a}  (the feature map's value there)").format(
            row=self.cell["row"] + 1, col=self.cell["col"] + 1, layer=layer.name, f=self.cell["filter"] + 1,
            this=f"{this:.4g}", other_text=other_text, bias=f"{bias:.4g}", z=f"{z:.4g}",
            activation=layer.activation, a=f"{a:.4g}")

    def step(self) -> None:
        """The kernel moves to the next output position (after the last, back to the first)."""
        if self.position is not None:
            self.position += 1
        self.redraw()

    def _on_play_toggled(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.timer.start() if playing else self.timer.stop()

    def _on_choice_changed(self) -> None:
        self.position = None
        self.redraw()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.play_button.setChecked(False)  # nobody watches: stop sliding
