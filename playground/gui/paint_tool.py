"""Paint mode on the Output view: draw your own data on the plane, then train on it.

With the Paint button down, a click adds a point of the chosen class, a drag paints a line
of them, and the right button erases the points near it.  Each stroke is shown at once and
becomes one ``painted(data, what)`` on release; the run unit rebuilds on it as it does on a
CSV file's data (undoable, saved with the session).  The view's panning and zooming wait
until the button is up again.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QToolButton

from ..engine.errors import DataError
from ..engine.painting import erased, joined, painted
from . import palette
from .views.output_view import OutputView

SPACING = 0.025  # a drag adds a point each time it moved this share of the plane's width
ERASER = 0.05  # the eraser's radius, as a share of the plane's width
MAX_CLASSES = len(palette.CLASS_COLORS)


class PaintTool(QObject):
    painted = Signal(object, str)  # the data with the stroke applied, what it did (for undo)
    refused = Signal(object)  # a DataError: why this cannot be painted

    def __init__(self, view: OutputView):
        super().__init__(view)
        self.view = view
        self.button = QToolButton(checkable=True, text=self.tr("Paint"))
        self.button.setAccessibleName(self.tr("Paint"))
        self.button.setToolTip(self.tr("Draw your own data: click or drag to add points of the chosen class, "
                                       "right-click or right-drag to erase; then train on them"))
        self.button.toggled.connect(self._on_button_toggled)
        self.class_combo = QComboBox()
        self.class_combo.setAccessibleName(self.tr("Paint class"))
        self.class_combo.setToolTip(self.tr("The class of the points you paint"))
        self.class_combo.setVisible(False)
        view.header.addWidget(self.class_combo)  # beside the title, whose text gives way: the dock keeps its width
        view.header.addWidget(self.button)
        self.preview = pg.ScatterPlotItem(size=8, pen=pg.mkPen("w", width=1))
        self.preview.setZValue(10)
        view.plot.addItem(self.preview)
        self.working = None  # the data with the stroke so far, while one is drawn or built
        self._erasing, self._last = False, None
        self._changes = 0  # places where the stroke added a point or erased some
        view.plot.viewport().installEventFilter(self)

    # -- the mode ---------------------------------------------------------------------
    def _on_button_toggled(self, on: bool) -> None:
        if on and not self.supported():
            self.button.setChecked(False)
            self.refused.emit(DataError(code="paint_needs_classes"))
            return
        self.class_combo.setVisible(on)
        if on:
            self.view.test_check.setChecked(True)  # every painted point stays in sight, train or test
            self.fill_classes()

    def supported(self) -> bool:
        plane = self.view.plane
        return plane is not None and self.view.task == "classification" and plane.train.x.shape[1] == 2

    def fill_classes(self) -> None:
        """One entry per class of the data, and one more to start a new class."""
        n = self.view.n_classes
        chosen = max(self.class_combo.currentIndex(), 0)
        self.class_combo.clear()
        now, grown = palette.class_rgb(max(n, 2)), palette.class_rgb(n + 1)  # a new class recolours the rest
        for k in range(min(n + 1, MAX_CLASSES)):
            text = self.tr("Class {k}").format(k=k + 1) if k < n else self.tr("Class {k} (new)").format(k=k + 1)
            swatch = QPixmap(14, 14)
            swatch.fill(QColor(*(now[k] if k < n else grown[k]).astype(int)))
            self.class_combo.addItem(QIcon(swatch), text, k)
        self.class_combo.setCurrentIndex(min(chosen, self.class_combo.count() - 1))

    def plane_changed(self) -> None:
        """A new run: the stroke shown is built (or gone), and painting may not apply any more."""
        self.working = None
        self.preview.setData([], [])
        self.view.train_points.setVisible(True)
        self.view.test_points.setVisible(self.view.test_check.isChecked())
        if self.button.isChecked():
            if self.supported():
                self.fill_classes()
            else:
                self.button.setChecked(False)

    def stroke_refused(self) -> None:
        """The engine did not build the stroke: show the points that run."""
        self.plane_changed()

    # -- strokes ------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if not self.button.isChecked():
            return False
        kind = event.type()
        if kind == QEvent.MouseButtonPress and event.button() in (Qt.LeftButton, Qt.RightButton):
            self._start(event.button() == Qt.RightButton, self._plane_point(event))
        elif kind == QEvent.MouseMove and self._last is not None:
            self._extend(self._plane_point(event))
        elif kind == QEvent.MouseButtonRelease and self._last is not None:
            self._finish()
        elif kind not in (QEvent.ContextMenu, QEvent.MouseButtonDblClick, QEvent.Wheel):
            return False
        return True  # the plot neither pans, zooms nor opens its menu meanwhile

    def _plane_point(self, event) -> np.ndarray:
        scene = self.view.plot.mapToScene(event.position().toPoint())
        point = self.view.plot.getPlotItem().vb.mapSceneToView(scene)
        return np.array([point.x(), point.y()])

    def _width(self) -> float:
        (x0, _), (x1, _) = self.view.plane.extent
        return x1 - x0

    def _start(self, erasing: bool, point: np.ndarray) -> None:
        self._erasing, self._changes = erasing, 0
        self.working = joined(self.view.plane.train, self.view.plane.test) if self.working is None else self.working
        self.view.train_points.setVisible(False)
        self.view.test_points.setVisible(False)
        self._last = None
        self._apply(point)

    def _extend(self, point: np.ndarray) -> None:
        if np.hypot(*(point - self._last)) >= SPACING * self._width():
            self._apply(point)

    def _apply(self, point: np.ndarray) -> None:
        self._last = point
        (x0, y0), (x1, y1) = self.view.plane.extent
        if not (x0 <= point[0] <= x1 and y0 <= point[1] <= y1):
            return
        try:
            if self._erasing:
                changed = erased(self.working, point, ERASER * self._width())
            else:
                changed = painted(self.working, point, int(self.class_combo.currentData() or 0))
        except DataError as error:
            self.refused.emit(error)
            return
        self._changes += len(changed.x) != len(self.working.x)  # erasing where nothing is changes nothing
        self.working = changed
        colors = palette.class_rgb(max(self.working.n_classes, 2))[self.working.y.astype(int)]
        self.preview.setData(self.working.x[:, 0], self.working.x[:, 1],
                             brush=[pg.mkBrush(*c) for c in colors.astype(int).tolist()])

    def _finish(self) -> None:
        self._last = None
        if not self._changes:
            self.plane_changed()
            return
        what = self.tr("Erase points") if self._erasing else self.tr("Paint %n point(s)", "", self._changes)
        self.painted.emit(self.working, what)
