"""Presentation mode: one toggle (F5, or the toolbar's button) makes the window readable on a
projector, and leaving it puts everything back exactly as it was.

Entering keeps the window's dock layout, geometry and state, the application font and
palette; then scales text, lines, links, heatmap cells and plot text by the
teacher's factor (View ▸ Presentation scale, remembered), switches to the projector colours,
shows a thick focus frame and hides the settings docks.  Full screen is a separate action.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QToolBar, QWidget

from . import palette
from .keyboard import window_action
from .projector_look import FocusRing, high_contrast, scale_plots, scaled_font

DEFAULT_SCALE = 1.6
SCALES = (1.25, 1.6, 2.0, 2.5, 3.0)  # offered in the menu; zooming steps through them
SETTING = "presentation/scale"
SECONDARY_DOCKS = ("data", "training", "gradients", "histograms")  # hidden while presenting
SECONDARY = "hidden_while_presenting"  # a widget with this property set is hidden too (its room goes to the plots)


class Presentation(QObject):
    active_changed = Signal(bool)

    def __init__(self, window: QMainWindow, settings: QSettings, view_menu: QMenu, toolbar: QToolBar):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.scale = self._saved_scale()
        self._before: dict | None = None  # what entering changed, to put back on leaving
        self._ring: FocusRing | None = None
        self._hidden_parts: list[QWidget] = []  # SECONDARY widgets hidden on entering
        self.action = window_action(window, self.tr("Presentation mode"), "F5",
                                    self.tr("Large text, wide lines and projector colours; F5 again restores the "
                                       "layout exactly"), checkable=True)
        self.action.toggled.connect(self.set_active)
        after_steps = toolbar.actions()[toolbar.actions().index(toolbar.epoch_action) + 1]
        toolbar.insertAction(after_steps, self.action)  # before the counters, which a large font pushes out
        toolbar.widgetForAction(self.action).setAccessibleName(self.action.text())
        self.full_screen_action = window_action(window, self.tr("Full screen"), "F11", self.tr("Fill the whole screen"),
                                                checkable=True)
        self.full_screen_action.toggled.connect(self._on_full_screen_toggled)
        self.zoom_in_action = window_action(window, self.tr("Zoom in"), QKeySequence.ZoomIn, self.tr("Larger presentation scale"),
                                            lambda: self.zoom(+1))
        self.zoom_out_action = window_action(window, self.tr("Zoom out"), QKeySequence.ZoomOut,
                                             self.tr("Smaller presentation scale"), lambda: self.zoom(-1))
        view_menu.addSeparator()
        view_menu.addActions([self.action, self.full_screen_action, self.zoom_in_action, self.zoom_out_action])
        self.scale_menu = view_menu.addMenu(self.tr("Presentation scale"))
        group = QActionGroup(self)
        self.scale_actions = {}
        for factor in SCALES:
            choice = self.scale_menu.addAction(self.tr("{factor}×").format(factor=f"{factor:g}"))
            choice.setCheckable(True)
            choice.setActionGroup(group)
            choice.triggered.connect(lambda _=False, f=factor: self.set_scale(f))
            self.scale_actions[factor] = choice
        self._check_scale()
        window.installEventFilter(self)

    def _saved_scale(self) -> float:
        try:
            value = float(self.settings.value(SETTING, DEFAULT_SCALE))
        except (TypeError, ValueError):
            return DEFAULT_SCALE
        return value if SCALES[0] <= value <= SCALES[-1] else DEFAULT_SCALE

    @property
    def active(self) -> bool:
        return self._before is not None

    # -- the scale --------------------------------------------------------------------
    def set_scale(self, factor: float) -> None:
        """A new factor, remembered; applied at once while presenting."""
        self.scale = float(factor)
        self.settings.setValue(SETTING, self.scale)
        self._check_scale()
        if self.active:
            self._apply_look()

    def zoom(self, direction: int) -> None:
        """The next larger (+1) or smaller (-1) of SCALES."""
        bigger = [f for f in SCALES if f > self.scale + 1e-9]
        smaller = [f for f in SCALES if f < self.scale - 1e-9]
        choices = bigger[:1] if direction > 0 else smaller[-1:]
        if choices:
            self.set_scale(choices[0])
        self.window.statusBar().showMessage(self.tr("Presentation scale {factor}×").format(
            factor=f"{self.scale:g}"), 3000)

    def _check_scale(self) -> None:
        for factor, choice in self.scale_actions.items():
            choice.setChecked(abs(factor - self.scale) < 1e-9)

    # -- entering and leaving ---------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        if on:
            self._enter()
        else:
            self._leave()
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        self.active_changed.emit(on)

    def _enter(self) -> None:
        app, w = QApplication.instance(), self.window
        self._before = {"state": w.saveState(), "geometry": w.geometry(), "window_state": w.windowState(),
                        "font": app.font(), "palette": app.palette()}
        for key in SECONDARY_DOCKS:
            w.docks[key].hide()
        self._hidden_parts = [part for part in w.findChildren(QWidget) if part.property(SECONDARY) and part.isVisible()]
        for part in self._hidden_parts:
            part.hide()
        self._apply_look()

    def _apply_look(self) -> None:
        app, before = QApplication.instance(), self._before
        app.setPalette(high_contrast(before["palette"]))
        app.setFont(scaled_font(before["font"], self.scale))
        if self._ring is not None:
            self._ring.close_ring()
        self._ring = FocusRing(self.window, self.scale)
        palette.use_projector(True, self.scale)
        self._restyle(self.scale)

    def eventFilter(self, watched, event) -> bool:
        """Closing while presenting: the window saves its normal layout for the next start."""
        if event.type() == QEvent.Close and self.active:
            self._leave(settle=False)
        return False

    def _leave(self, settle: bool = True) -> None:
        app, w, before = QApplication.instance(), self.window, self._before
        self._before = None
        app.setPalette(before["palette"])
        app.setFont(before["font"])
        self._ring.close_ring()
        self._ring = None
        palette.use_projector(False)
        self._restyle(1.0)
        for part in self._hidden_parts:
            part.show()
        self._hidden_parts = []
        self.full_screen_action.setChecked(bool(before["window_state"] & Qt.WindowFullScreen))
        # once the smaller font's size hints have settled: sooner, the large font's minimums
        # clamp the window and the docks, and a tab bar of the presenting layout stays on screen
        if settle:
            QTimer.singleShot(0, lambda: self._put_back(before))
        else:
            self._put_back(before)

    def _put_back(self, before: dict) -> None:
        w, state = self.window, before["window_state"]
        w.setWindowState(state)
        w.restoreState(before["state"])  # the docks' minimums back, so the window may shrink
        normal = not state & (Qt.WindowFullScreen | Qt.WindowMaximized)
        if normal:
            w.setGeometry(before["geometry"])  # not restoreGeometry: that fits the window to the screen
        w.restoreState(before["state"])  # the dock sizes, now for the window's own size
        if normal and w.geometry() != before["geometry"]:  # docks wider than they fit made it grow
            w.setGeometry(before["geometry"])

    def _restyle(self, factor: float) -> None:
        """Views draw again in the new look; pyqtgraph items take the new sizes."""
        for run in self.window.runs:
            for view in [run.editor, *run.views]:
                if hasattr(view, "restyle"):
                    view.restyle()
        scale_plots(self.window, factor)

    def _on_full_screen_toggled(self, on: bool) -> None:
        w = self.window
        w.setWindowState(w.windowState() | Qt.WindowFullScreen if on else w.windowState() & ~Qt.WindowFullScreen)
