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

from .palette import NEGATIVE
from .views.tiles import GAP, tile, tile_at
from .views.weight_heatmaps import color_map
from .views.weight_matrices import finite_limit

STRIP_PIXELS = 64


def gallery_pictures(x: np.ndarray) -> np.ndarray:
    """One 2-D picture per sample: an image's first channel (n, h, w); a sequence as
    features × time steps (n, d, t)."""
    return x[:, 0] if x.ndim == 4 else np.swapaxes(x, 1, 2)


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
        self.shape: tuple | None = None  # (samples, height, width) of the pictures
        self.chosen: int | None = None
        self.graphics.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    def set_gallery(self, data) -> None:
        """Show these samples (a Dataset), or hide the strip (None: a dense run)."""
        self.setVisible(data is not None)
        if data is None:
            self.shape = None
            return
        pictures = gallery_pictures(np.asarray(data.x, dtype=float))
        limit = max(finite_limit(pictures), 1e-9)
        self.shape = pictures.shape
        self.image.setImage(np.nan_to_num(tile(pictures, len(pictures))), levels=(-limit, limit))
        self.plot.setAspectLocked(np.asarray(data.x).ndim == 4)  # images square; sequences fill the strip
        self.plot.autoRange(padding=0.01)
        self.set_chosen(self.chosen if self.chosen is not None else 0)

    def set_chosen(self, index: int) -> None:
        """Outline sample ``index`` (when it is in the strip)."""
        self.chosen = index
        if self.shape is None or not 0 <= index < self.shape[0]:
            self.frame.hide()
            return
        _, h, w = self.shape
        self.frame.setRect(QRectF(index * (w + GAP) - 0.3, -0.3, w + 0.6, h + 0.6))
        self.frame.show()

    def _on_scene_mouse_clicked(self, event) -> None:
        if self.shape is None:
            return
        point = self.plot.vb.mapSceneToView(event.scenePos())
        found = tile_at(self.shape, self.shape[0], point.y(), point.x())
        if found is not None:
            self.set_chosen(found[0])
            self.sample_chosen.emit(found[0])
