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
        tr = self.tr
        self.directions = make_combo(
            dict(zip(DIRECTIONS, (tr("Random (filter-normalised)"), tr("Along the path so far")))),
            tr("Random directions, each neuron's scaled to its weights (Li et al. 2018), or the two directions "
               "the weights moved in most during training"), tr("Landscape directions"))
        self.resolution = QSpinBox(minimum=RESOLUTIONS[0], maximum=RESOLUTIONS[1], value=40)
        self.resolution.setAccessibleName(tr("Landscape resolution"))
        self.resolution.setToolTip(tr("Grid points per side: 40 × 40 = 1,600 evaluations of the loss"))
        self.extent = QDoubleSpinBox(minimum=0.05, maximum=20.0, value=1.0, singleStep=0.25, decimals=2)
        self.extent.setAccessibleName(tr("Landscape extent"))
        self.extent.setToolTip(tr("How far the slice reaches along each direction (1 = one direction's length)"))
        self.compute = QPushButton(tr("Compute"))
        self.compute.setAccessibleName(tr("Compute the loss landscape"))
        self.compute.setToolTip(tr("Measure the loss around the weights now (training goes on meanwhile)"))
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setAccessibleName(tr("Cancel the loss landscape"))
        self.cancel.setToolTip(tr("Stop computing the landscape"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Landscape progress"))
        self.progress.setRange(0, 100)
        self.status = QLabel(tr("Press Compute to draw the loss around the current weights."))
        self.status.setAccessibleName(tr("Landscape status"))
        self.status.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName(tr("Loss landscape"))
        self.plot.setToolTip(tr("Loss over a slice through the weights: dark = low. The white line is the "
                                "path training took, the ring the weights now"))
        self.plot.setLabel("bottom", tr("α"))
        self.plot.setLabel("left", tr("β"))
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
        controls = QHBoxLayout()
        for text, widget in ((tr("Directions"), self.directions), (tr("Resolution"), self.resolution),
                             (tr("Extent"), self.extent)):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addWidget(self.compute)
        controls.addWidget(self.cancel)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        self.compute.clicked.connect(self.start)
        self.cancel.clicked.connect(self.controller.cancel_landscape)
        self.controller.landscape_progress.connect(self._on_controller_landscape_progress)
        self._set_busy(False)

    def start(self) -> None:
        self._set_busy(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Computing…"))
        self.request = self.controller.compute_landscape(self.resolution.value(), self.extent.value(),
                                                         self.directions.currentData(), self._on_answer)

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
        self.path.setData(landscape.path[:, 0], landscape.path[:, 1])
        self.now.setData([0.0], [0.0])
        self.status.setText(self.tr("Update {step}: loss from {low:.3g} to {high:.3g} on this slice ({n} × {n}).")
                            .format(step=landscape.step, low=float(10 ** low), high=float(10 ** high), n=len(a)))
