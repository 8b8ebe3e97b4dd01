"""Numbers written over the cells of a picture in a plot (weights, kernels, products), shown
only while they fit their cells as drawn now: never overlapping, whatever the zoom, dock
size or font.  Each text is set again only when it changes (a re-layout costs)."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF

from .weight_matrices import cell_text

NUMBER_PADDING = 6  # pixels between a number and its cell's edges, both sides together
WIDEST_NUMBER = "-0.00"


class CellNumbers:
    """One text per cell, centred at ``positions`` (view coordinates of cells one unit wide)."""

    def __init__(self, plot: pg.PlotItem, positions: list[tuple[float, float]]):
        self.plot = plot
        self.items = [pg.TextItem(anchor=(0.5, 0.5), color=(20, 20, 20)) for _ in positions]
        self.texts = [""] * len(self.items)
        self.on = False
        for item, (x, y) in zip(self.items, positions):
            item.setPos(x, y)
            plot.addItem(item)
        plot.vb.sigResized.connect(self.fit)
        plot.vb.sigTransformChanged.connect(self.fit)

    def show(self, values: np.ndarray, decimals: int, on: bool) -> None:
        """Write ``values`` (one per cell, in ``positions`` order) when ``on``."""
        self.on = on
        if on and self.items:
            texts = [cell_text(value, decimals) for value in np.ravel(values).tolist()]
            for item, text, old in zip(self.items, texts, self.texts):
                if text != old:
                    item.setText(text)
            self.texts = texts
        self.fit()

    def fit(self, *_) -> None:
        """Numbers where they fit their cells as drawn now, none where they would overlap."""
        visible = self.on and self.fits()
        for item in self.items:
            if item.isVisible() != visible:
                item.setVisible(visible)

    def fits(self) -> bool:
        """Whether the widest number and a line's height fit a cell on screen.  Both sides are in
        device-independent pixels: the cell from the view's mapping, the text from its font."""
        if not self.items:
            return False
        metrics = QFontMetricsF(self.items[0].textItem.font())
        widest = max(metrics.horizontalAdvance(text or WIDEST_NUMBER) for text in set(self.texts))
        origin, corner = (self.plot.vb.mapViewToScene(QPointF(x, x)) for x in (0.0, 1.0))
        cell_width, cell_height = abs(corner.x() - origin.x()), abs(corner.y() - origin.y())
        return widest + NUMBER_PADDING <= cell_width and metrics.height() <= cell_height
