"""Marks on the network diagram for switched-off neurons and frozen layers, clear without
colour: an off neuron is greyed and crossed out; a frozen layer is framed with a dashed
line and labelled "frozen"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from .network_geometry import NetworkGeometry

OFF_VEIL = QColor(235, 235, 235, 215)
CROSS = QColor(60, 60, 60)
FROZEN = QColor(70, 110, 170)


def paint_ablation(painter: QPainter, geometry: NetworkGeometry, off: set, frozen: set, foreground: QColor) -> None:
    r = geometry.radius
    painter.setPen(QPen(CROSS, max(1.5, r / 5)))
    for column, index in off:
        if column >= len(geometry.sizes) or index >= geometry.sizes[column]:
            continue  # a rebuild is on its way
        x, y = geometry.neuron_pos(column, index)
        painter.setBrush(OFF_VEIL)
        painter.drawEllipse(QPointF(x, y), r, r)
        d = 0.75 * r
        painter.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
        painter.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
    painter.setBrush(Qt.NoBrush)
    for column in frozen:
        if column >= len(geometry.sizes):
            continue
        top = geometry.neuron_pos(column, 0)[1] - r - 6
        bottom = geometry.neuron_pos(column, geometry.sizes[column] - 1)[1] + r + 6
        x = geometry.column_x[column]
        painter.setPen(QPen(FROZEN, 1.5, Qt.DashLine))
        painter.drawRoundedRect(QRectF(x - r - 6, top, 2 * r + 12, bottom - top), 6, 6)
        painter.setPen(FROZEN)
        painter.drawText(QRectF(x - 40, bottom + 14, 80, 16), Qt.AlignCenter,
                         QCoreApplication.translate("NetworkDiagram", "frozen"))
