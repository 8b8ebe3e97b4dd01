"""All the numbers written in one heatmap's cells, as a single graphics item.

One ``TextItem`` per cell cost a text re-layout per changed number (about 0.1 ms each: 400
numbers were most of a frame's time); this item keeps the texts, and paints them at the
cells' centres in screen pixels (the picture's scaling never stretches the digits) from
cached ``QStaticText`` layouts.  Setting the same texts again does nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QStaticText
from PySide6.QtWidgets import QGraphicsItem

MAX_CACHED = 4096  # distinct texts kept laid out (a colour range's numbers repeat)


class CellNumbers(QGraphicsItem):
    """Texts centred on points given in the plot's coordinates (the cells' centres)."""

    def __init__(self, centers: list[tuple[float, float]], bounds: QRectF, color=(20, 20, 20)):
        super().__init__()
        self.centers = [QPointF(x, y) for x, y in centers]
        self.texts = [""] * len(centers)
        self.bounds = bounds
        self.color = QColor(*color)
        self.font = QFont()  # the application font, as the rest of the plot's text
        self.metrics = QFontMetricsF(self.font)
        self._laid_out: dict[str, tuple[QStaticText, float]] = {}  # text → its layout and width
        self._widest: float | None = None

    def set_texts(self, texts: list[str]) -> bool:
        """Show these texts (one per centre); whether they differ from those shown."""
        if texts == self.texts:
            return False
        self.texts, self._widest = texts, None
        self.update()
        return True

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
