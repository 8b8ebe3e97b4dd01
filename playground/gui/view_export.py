"""Saving any widget as a picture: PNG (pixels, as on screen) or SVG (vectors, for slides).

pyqtgraph views also offer their own "Export..." entry (PNG, SVG, CSV) in their context
menu; this covers the widgets pyqtgraph does not draw, such as the network diagram.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

FILTERS = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)"}


def export_widget(widget: QWidget, path: str) -> bool:
    """Write ``widget`` to ``path``; the format follows the extension (.svg, else PNG)."""
    if Path(path).suffix.lower() != ".svg":
        return widget.grab().save(path, "PNG")
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(widget.windowTitle() or type(widget).__name__)
    painter = QPainter(generator)
    widget.render(painter, QPoint(0, 0))
    return painter.end()


def add_export_actions(menu: QMenu, widget: QWidget, name: str, on_result) -> None:
    """"Export <name> as PNG…/SVG…" entries; ``on_result(ok, path)`` reports the outcome."""
    for extension, file_filter in FILTERS.items():
        def export(_=False, extension=extension, file_filter=file_filter):
            path, _ = QFileDialog.getSaveFileName(widget, f"Export {name}", f"{name}.{extension}", file_filter)
            if path:
                on_result(export_widget(widget, path), path)
        menu.addAction(f"Export {name} as {extension.upper()}…", export)
