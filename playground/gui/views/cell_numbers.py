"""Numbers written over the cells of a picture in a plot (weights, kernels, products), as a
single graphics item, shown only while they fit their cells as drawn now: never overlapping,
whatever the zoom, dock size or font.

One ``TextItem`` per cell cost a text re-layout per changed number (about 0.1 ms each: 400
numbers were most of a frame's time); this item keeps the texts and paints them at the cells'
centres in screen pixels (the picture's scaling never stretches the digits) from cached
``QStaticText`` layouts.  Setting the same texts again does nothing.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QStaticText
from PySide6.QtWidgets import QGraphicsItem

from .weight_matrices import cell_text

NUMBER_PADDING = 6  # pixels between a number and its cell's edges, both sides together
WIDEST_NUMBER = "-0.00"
MAX_CACHED = 4096  # distinct texts kept laid out (a colour range's numbers repeat)


class CellNumbers(QGraphicsItem):
    """One text per cell, centred at ``positions`` (view coordinates of cells one unit wide)."""

    def __init__(self, plot: pg.PlotItem, positions: list[tuple[float, float]], color=(20, 20, 20)):
        super().__init__()
        self.plot = plot
        self.centers = [QPointF(x, y) for x, y in positions]
        self.texts = [""] * len(positions)
        self.on = False
        xs, ys = [x for x, _ in positions] or [0.5], [y for _, y in positions] or [0.5]
        self.bounds = QRectF(min(xs) - 0.5, min(ys) - 0.5, max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
        self.color = QColor(*color)
        self.font = QFont()  # the application font, as the rest of the plot's text
        self.metrics = QFontMetricsF(self.font)
        self._laid_out: dict[str, tuple[QStaticText, float]] = {}  # text → its layout and width
        self._widest: float | None = None
        plot.addItem(self)
        plot.vb.sigResized.connect(self.fit)
        plot.vb.sigTransformChanged.connect(self.fit)

    def show(self, values: np.ndarray, decimals: int, on: bool) -> None:
        """Write ``values`` (one per cell, in ``positions`` order) when ``on``."""
        self.on = on
        if on and self.centers:
            self.set_texts([cell_text(value, decimals) for value in np.ravel(values).tolist()])
        self.fit()

    def set_texts(self, texts: list[str]) -> bool:
        """Show these texts (one per centre); whether they differ from those shown."""
        if texts == self.texts:
            return False
        self.texts, self._widest = texts, None
        self.update()
        return True

    def fit(self, *_) -> None:
        """Numbers where they fit their cells as drawn now, none where they would overlap."""
        visible = self.on and self.fits()
        if self.isVisible() != visible:
            self.setVisible(visible)

    def fits(self) -> bool:
        """Whether the widest number and a line's height fit a cell on screen.  Both sides are in
        device-independent pixels: the cell from the view's mapping, the text from its font."""
        if not self.centers:
            return False
        widest = self.widest() or self.metrics.horizontalAdvance(WIDEST_NUMBER)
        origin, corner = (self.plot.vb.mapViewToScene(QPointF(x, x)) for x in (0.0, 1.0))
        cell_width, cell_height = abs(corner.x() - origin.x()), abs(corner.y() - origin.y())
        return widest + NUMBER_PADDING <= cell_width and self.metrics.height() <= cell_height

    def widest(self) -> float:
        """Width in pixels of the widest text shown."""
        if self._widest is None:
            self._widest = max((self._layout(text)[1] for text in set(self.texts)), default=0.0)
        return self._widest

    def text_rects(self) -> list[QRectF]:
        """Each text's rectangle in scene coordinates (the view draws the scene 1:1)."""
        height = self.metrics.height()
        rects = []
        for center, text in zip(self.centers, self.texts):
            width = self._layout(text)[1]
            point = self.mapToScene(center)
            rects.append(QRectF(point.x() - width / 2, point.y() - height / 2, width, height))
        return rects

    def boundingRect(self) -> QRectF:
        return self.bounds

    def paint(self, painter, option, widget=None) -> None:
        to_device = painter.transform()
        painter.resetTransform()  # draw in pixels: the cells' scale must not stretch the text
        painter.setFont(self.font)
        painter.setPen(self.color)
        half_height = self.metrics.height() / 2
        for center, text in zip(self.centers, self.texts):
            static, width = self._layout(text)
            point = to_device.map(center)
            painter.drawStaticText(QPointF(point.x() - width / 2, point.y() - half_height), static)
        painter.setTransform(to_device)

    def _layout(self, text: str) -> tuple[QStaticText, float]:
        laid_out = self._laid_out.get(text)
        if laid_out is None:
            if len(self._laid_out) >= MAX_CACHED:
                self._laid_out.clear()
            static = QStaticText(text)
            static.prepare(font=self.font)
            laid_out = self._laid_out[text] = (static, self.metrics.horizontalAdvance(text))
        return laid_out
