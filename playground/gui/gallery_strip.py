"""A strip of the data set's first training images (or sequences) above a CNN's or RNN's
views: click one and the feature maps, the step-through and the hidden states follow it.
The pictures come with the run's description (``RunInfo.gallery``): the engine sends them
once per build, never per frame."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem, QHBoxLayout, QLabel, QWidget

from .palette import NEGATIVE, POSITIVE
from .views.tiles import GAP, tile
from .views.weight_heatmaps import color_map
from .views.weight_matrices import finite_limit

STRIP_PIXELS = 64
SEQUENCE_GAP = 3  # time steps of blank between two little curves


def sequence_curves(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every sequence's first feature as one little curve, side by side (NaN between them, so
    one plot item draws them all): x positions and heights within 0…1 (0 on top)."""
    n, steps = x.shape[:2]
    values = x[:, :, 0]
    limit = max(finite_limit(values), 1e-9)
    xs = np.arange(n)[:, None] * (steps + SEQUENCE_GAP) + np.arange(steps + 1)[None, :]
    ys = np.concatenate([0.5 - 0.45 * values / limit, np.full((n, 1), np.nan)], axis=1)
    return xs.ravel().astype(float), ys.ravel()


class GalleryStrip(QWidget):
    sample_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setFixedHeight(STRIP_PIXELS)
        self.graphics.setAccessibleName(self.tr("Sample gallery"))
        self.graphics.setToolTip(self.tr("The first training samples: click one to follow it through the network"))
        self.plot = self.graphics.addPlot()
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.plot.invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(color_map())
        self.plot.addItem(self.image)
        self.curves = self.plot.plot(pen=pg.mkPen(POSITIVE, width=1.5), connect="finite")
        self.frame = QGraphicsRectItem()
        pen = QPen(pg.mkColor(NEGATIVE), 0)
        pen.setWidth(3)
        pen.setCosmetic(True)
        self.frame.setPen(pen)
        self.plot.addItem(self.frame)
        label = QLabel(self.tr("Follow:"))
        label.setToolTip(self.graphics.toolTip())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(label)
        layout.addWidget(self.graphics, 1)
        self.shape: tuple | None = None  # (samples, height, width) of each sample's cell in the strip
        self.stride = 1  # from one sample's cell to the next
        self.chosen: int | None = None
        self.graphics.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def set_gallery(self, data) -> None:
        """Show these samples (a Dataset), or hide the strip (None: a dense run)."""
        self.setVisible(data is not None)
        if data is None:
            self.shape = None
            return
        x = np.asarray(data.x, dtype=float)
        images = x.ndim == 4
        self.image.setVisible(images)
        self.curves.setVisible(not images)
        if images:  # each image's first channel
            pictures = x[:, 0]
            limit = max(finite_limit(pictures), 1e-9)
            self.image.setImage(np.nan_to_num(tile(pictures, len(pictures))), levels=(-limit, limit))
            self.shape, self.stride = pictures.shape, pictures.shape[2] + GAP
        else:
            self.curves.setData(*sequence_curves(x))
            self.shape, self.stride = (len(x), 1, x.shape[1] - 1), x.shape[1] + SEQUENCE_GAP
        self.plot.setAspectLocked(images)  # images square; sequences fill the strip
        self.plot.autoRange(padding=0.01)
        self.set_chosen(self.chosen if self.chosen is not None else 0)

    def set_chosen(self, index: int) -> None:
        """Outline sample ``index`` (when it is in the strip)."""
        self.chosen = index
        if self.shape is None or not 0 <= index < self.shape[0]:
            self.frame.hide()
            return
        _, h, w = self.shape
        self.frame.setRect(QRectF(index * self.stride - 0.3, -0.3, w + 0.6, h + 0.6))
        self.frame.show()

    def _on_scene_mouse_clicked(self, event) -> None:
        if self.shape is None:
            return
        point = self.plot.vb.mapSceneToView(event.scenePos())
        n, h, w = self.shape
        index = int(point.x() // self.stride)
        if 0 <= index < n and point.x() - index * self.stride <= w and -0.5 <= point.y() <= h + 0.5:
            self.set_chosen(index)
            self.sample_chosen.emit(index)
