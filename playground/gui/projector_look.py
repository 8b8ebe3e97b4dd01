"""The look of presentation mode: everything scaled by one factor and drawn for a projector.

The application font (widgets, the diagram's text and the heatmap cells, which are sized
from it), the pens, points and text of every pyqtgraph item, the diagram's links (through
:mod:`palette`), a high-contrast Qt palette and a focus frame you can see from the back of
the room (:class:`FocusRing`).  Each item remembers its own size at 1×, so scaling again or back never compounds.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from . import palette

FOCUS_WIDTH = 3  # pixels at 1×, of the frame around the widget with keyboard focus


def scaled_font(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:
        scaled.setPixelSize(round(font.pixelSize() * factor))
    return scaled


def high_contrast(base: QPalette) -> QPalette:
    """Black on white, the selection in the palette's strong blue: what survives a washed-out beamer."""
    strong = QPalette(base)
    for role in (QPalette.Window, QPalette.Base, QPalette.Button, QPalette.ToolTipBase):
        strong.setColor(role, QColor(255, 255, 255))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.ToolTipText):
        strong.setColor(role, QColor(0, 0, 0))
    strong.setColor(QPalette.Highlight, palette.PROJECTOR_POSITIVE)
    strong.setColor(QPalette.HighlightedText, QColor(255, 255, 255))
    return strong


class FocusRing(QFocusFrame):
    """A thick frame around whatever widget has keyboard focus, so it shows from the back of
    the room.  A focus frame rather than a style sheet: with a style sheet set, widgets stop
    following the application font, and leaving would not restore it.  Qt's QFocusFrame
    follows its widget as layouts move it; only the drawing is ours."""

    def __init__(self, window: QWidget, factor: float):
        super().__init__(window)
        self.window_ = window
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.width_px = max(2, round(FOCUS_WIDTH * factor))
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, QApplication.focusWidget())

    def _on_focus_changed(self, _old, new) -> None:
        self.setWidget(new if new is not None and self.window_.isAncestorOf(new) else None)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pen = QPen(palette.SELECTED, self.width_px)
        pen.setJoinStyle(Qt.MiterJoin)
        painter.setPen(pen)
        half = self.width_px / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))

    def close_ring(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
        self.setWidget(None)
        self.deleteLater()


def scale_plots(root: QWidget, factor: float) -> None:
    """Pens, point sizes, titles and axis text of every pyqtgraph item under ``root``, at
    ``factor`` times their own size (1 puts them back)."""
    font = QApplication.font()
    for view in root.findChildren(pg.GraphicsView):
        items = view.scene().items()
        for item in items:
            _scale_item(item, factor, font)
        for legend in (item for item in items if isinstance(item, pg.LegendItem)):
            _refit(legend)


def _refit(legend: pg.LegendItem) -> None:
    """A legend laid out for the other text size kept its rows' old heights (after presenting,
    its entries were spread out and the last one cut): lay it out again from nothing."""
    legend.setGeometry(0, 0, 0, 0)
    legend.layout.activate()
    legend.updateSize()


def _base(item, value):
    """The item's size at 1×, remembered the first time it is scaled."""
    if not hasattr(item, "_unscaled"):
        item._unscaled = value
    return item._unscaled


def _scale_item(item, factor: float, font: QFont) -> None:
    if isinstance(item, pg.PlotDataItem):  # its curve takes the item's pen at every setData
        pen = pg.mkPen(item.opts["pen"])
        pen.setWidthF(_base(item, pen.widthF() or 1.0) * factor)
        item.setPen(pen)
    elif isinstance(item, pg.ScatterPlotItem):
        item.setSize(_base(item, item.opts["size"]) * factor)
    elif isinstance(item, pg.AxisItem):
        own = _base(item, pg.mkPen(item.textPen()))  # setTextPen(None) would be no pen: invisible text
        item.setTickFont(None if factor == 1 else font)
        item.setTextPen(own if factor == 1 else "k")  # black, not the default grey
        if item.label is not None:
            item.label.setFont(font)
            item._adjustSize()
    elif isinstance(item, pg.LabelItem) and str(item.opts.get("size", "")).endswith("pt"):
        points = _base(item, float(item.opts["size"][:-2]))
        item.setText(item.text, size=f"{points * factor:g}pt")
