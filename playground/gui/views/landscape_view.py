"""Loss landscape: the loss on a 2-D slice through the weights now, as a contour map, with the
path training took projected on it (the white line; the ring is where the weights are now).

Computed by the engine process in the background on request (Compute), with progress and
Cancel; a new run or a changed setting cancels it, since the picture would no longer be of
this network.  Directions: random filter-normalised ones (Li et al. 2018), or the two along
which the weights moved most so far."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (QDoubleSpinBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ...engine.landscape import DIRECTIONS, RESOLUTIONS
from ..error_text import describe
from ..form_widgets import make_combo
from ..palette import SEQUENTIAL_MAP
from ..view_export import install_exports

CONTOURS = 12  # isolines, evenly spaced in log-loss


class LandscapeView(QWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.request: int | None = None
        self.landscape = None
        self.directions = make_combo(
            dict(zip(DIRECTIONS, (self.tr("Random (filter-normalised)"), self.tr("Along the path so far")))),
            self.tr("Random directions, each neuron's scaled to its weights (Li et al. 2018), or the two directions "
               "the weights moved in most during training"), self.tr("Landscape directions"))
        self.resolution = QSpinBox(minimum=RESOLUTIONS[0], maximum=RESOLUTIONS[1], value=40)
        self.resolution.setAccessibleName(self.tr("Landscape resolution"))
        self.resolution.setToolTip(self.tr("Grid points per side: 40 × 40 = 1,600 evaluations of the loss"))
        self.extent = QDoubleSpinBox(minimum=0.05, maximum=20.0, value=1.0, singleStep=0.25, decimals=2)
        self.extent.setAccessibleName(self.tr("Landscape extent"))
        self.extent.setToolTip(self.tr("How far the slice reaches along each direction (1 = one direction's length)"))
        self.compute = QPushButton(self.tr("Compute"))
        self.compute.setAccessibleName(self.tr("Compute the loss landscape"))
        self.compute.setToolTip(self.tr("Measure the loss around the weights now (training goes on meanwhile)"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the loss landscape"))
        self.cancel.setToolTip(self.tr("Stop computing the landscape"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Landscape progress"))
        self.progress.setRange(0, 100)
        self.status = QLabel(self.tr("Press Compute to draw the loss around the current weights."))
        self.status.setAccessibleName(self.tr("Landscape status"))
        self.status.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName(self.tr("Loss landscape"))
        self.plot.setToolTip(self.tr("Loss over a slice through the weights: dark = low. The white line is the "
                                "path training took, the ring the weights now"))
        self.plot.setLabel("bottom", self.tr("α"))
        self.plot.setLabel("left", self.tr("β"))
        install_exports(self.plot, "landscape")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get(SEQUENTIAL_MAP))
        self.plot.addItem(self.image)
        self.isolines = [pg.IsocurveItem(pen=pg.mkPen((255, 255, 255, 110), width=1), axisOrder="row-major")
                         for _ in range(CONTOURS)]
        for line in self.isolines:
            line.setParentItem(self.image)  # in the image's pixel coordinates, mapped with it
        self.path = pg.PlotDataItem(pen=pg.mkPen("w", width=2), symbol="o", symbolSize=4, symbolBrush="w")
        self.now = pg.ScatterPlotItem(size=14, pen=pg.mkPen("w", width=2), brush=None)
        self.plot.addItem(self.path)
        self.plot.addItem(self.now)
        controls, buttons = QHBoxLayout(), QHBoxLayout()  # two rows: the dock fits a 1280×800 window
        for row, text, widget in ((controls, self.tr("Directions"), self.directions),
                                  (controls, self.tr("Resolution"), self.resolution), (buttons, self.tr("Extent"), self.extent)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        buttons.addWidget(self.compute)
        buttons.addWidget(self.cancel)
        for row in (controls, buttons):
            row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        self._set_busy(False)
        if controller is None:  # a picture only (main.py compare --landscape)
            self.compute.setEnabled(False)
            return
        self.compute.clicked.connect(self.start)
        self.cancel.clicked.connect(self.controller.cancel_landscape)
        self.controller.landscape_progress.connect(self._on_controller_landscape_progress)

    def start(self) -> None:
        self._set_busy(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Computing…"))
        self._ask()

    def _ask(self, **options) -> None:
        """Ask the engine for the slice; the answer comes to ``_on_answer``."""
        self.request = self.controller.compute_landscape(self.resolution.value(), self.extent.value(),
                                                         self.directions.currentData(), self._on_answer, **options)

    def _set_busy(self, busy: bool) -> None:
        self.compute.setEnabled(not busy)
        self.cancel.setEnabled(busy)
        self.progress.setVisible(busy)

    def _on_controller_landscape_progress(self, fraction: float) -> None:
        self.progress.setValue(int(100 * fraction))

    def _on_answer(self, accepted: bool, value) -> None:
        self._set_busy(False)
        if not accepted:
            self.status.setText(describe(value))
        elif value is None:
            self.status.setText(self.tr("Cancelled (a new network or a changed setting cancels it too)."))
        else:
            self.show_landscape(value)

    def show_landscape(self, landscape) -> None:
        """Draw log10 of the loss (landscapes span orders of magnitude), isolines, and the path."""
        self.landscape = landscape
        a, b = landscape.alphas, landscape.betas
        with np.errstate(all="ignore"):
            level = np.log10(np.maximum(landscape.loss, 1e-12))
        finite = level[np.isfinite(level)]
        low, high = (finite.min(), finite.max()) if finite.size else (0.0, 1.0)
        shown = np.where(np.isfinite(level), level, high)  # NaN or overflow: drawn as the highest
        self.image.setImage(shown, levels=(low, max(high, low + 1e-9)))
        self.image.setRect(pg.QtCore.QRectF(a[0], b[0], a[-1] - a[0], b[-1] - b[0]))
        for line, value in zip(self.isolines, np.linspace(low, high, CONTOURS + 2)[1:-1]):
            line.setData(shown, level=value)
        self._draw_paths(landscape)
        self.status.setText(self.tr("Update {step}: loss from {low:.3g} to {high:.3g} on this slice ({n} × {n}).")
                            .format(step=landscape.step, low=float(10 ** low), high=float(10 ** high), n=len(a)))

    def _draw_paths(self, landscape) -> None:
        """The path, ending in the ring at the centre: the weights now."""
        self.path.setData(landscape.path[:, 0], landscape.path[:, 1])
        self.now.setData([0.0], [0.0])
