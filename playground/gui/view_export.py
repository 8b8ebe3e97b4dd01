"""Saving any view as a picture: PNG (pixels, as on screen) or SVG (vectors, for slides),
from its context menu."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILTERS = {"png": QT_TRANSLATE_NOOP("ViewExport", "PNG image (*.png)"),
           "svg": QT_TRANSLATE_NOOP("ViewExport", "SVG drawing (*.svg)")}
# the views' names as shown in "Export <name> as PNG…"; the English name is also the file name
VIEW_NAMES = {"diagram": QT_TRANSLATE_NOOP("ViewExport", "diagram"), "loss": QT_TRANSLATE_NOOP("ViewExport", "loss"),
              "output": QT_TRANSLATE_NOOP("ViewExport", "output"), "weights": QT_TRANSLATE_NOOP("ViewExport", "weights"),
              "gradients": QT_TRANSLATE_NOOP("ViewExport", "gradients"),
              "histograms": QT_TRANSLATE_NOOP("ViewExport", "histograms")}


def _tr(text: str) -> str:
    """A text marked above, in the user's language (literal texts below use translate() so
    that pyside6-lupdate sees them)."""
    return QCoreApplication.translate("ViewExport", text)


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
    try:  # QWidget's render: QGraphicsView overrides render() with a scene-only signature
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        ok = painter.end()
    return ok


def export_actions(widget: QWidget, name: str, formats=tuple(FILTERS)) -> list[QAction]:
    """"Export <name> as PNG…/SVG…" actions, parented to ``widget``."""
    actions, shown = [], _tr(VIEW_NAMES.get(name, name))
    for extension in formats:
        file_filter = _tr(FILTERS[extension])
        def export(_=False, extension=extension, file_filter=file_filter):  # bind this loop's values
            title = QCoreApplication.translate("ViewExport", "Export {name}").format(name=shown)
            path, _ = QFileDialog.getSaveFileName(widget, title, f"{name}.{extension}", file_filter)
            if path and not export_widget(widget, path):
                QMessageBox.warning(widget, QCoreApplication.translate("ViewExport", "Export failed"),
                                    QCoreApplication.translate("ViewExport", "Could not write {path}.").format(path=path))
        text = QCoreApplication.translate("ViewExport", "Export {name} as {format}…")
        action = QAction(text.format(name=shown, format=extension.upper()), widget)
        action.triggered.connect(export)
        actions.append(action)
    return actions


def install_exports(view, name: str) -> None:
    """Give a pyqtgraph view's context menu a PNG export.  It replaces pyqtgraph's "Export...":
    its SVG exporter fails on Qt 6.11's SVG paths (ValueError in SVGExporter), and a QSvgGenerator
    drawing of a pyqtgraph scene loses the images' clipping, so these views offer PNG only."""
    view.scene().contextMenu = export_actions(view, name, formats=("png",))
