"""The keys a presenter needs beyond the toolbar's (Space, →, Shift+→, Ctrl+R): training
speed, the next or previous view, and the next or previous step of a scenario.

Scenarios connect to ``scenario_step_requested(int)`` (+1 next, -1 previous), sent by
``next_step_action`` (Page Down, what a presenter's clicker sends) and
``previous_step_action`` (Page Up).  With nothing connected the keys say so.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from .keyboard import window_action

SETTINGS_DOCKS = ("data", "training")  # every other dock is a view


class PresenterKeys(QObject):
    scenario_step_requested = Signal(int)

    def __init__(self, window: QMainWindow, training_menu: QMenu, view_menu: QMenu):
        super().__init__(window)
        self.window = window
        act = lambda text, keys, tip, slot: window_action(window, text, keys, tip, slot)
        self.faster_action = act(self.tr("Faster"), "Ctrl+Up", self.tr("Play faster"), lambda: self._speed(-1))
        self.slower_action = act(self.tr("Slower"), "Ctrl+Down", self.tr("Play slower"), lambda: self._speed(+1))
        self.next_view_action = act(self.tr("Next view"), "Ctrl+PgDown", self.tr("Bring the next view to the front"),
                                    lambda: self.cycle_view(+1))
        self.previous_view_action = act(self.tr("Previous view"), "Ctrl+PgUp", self.tr("Bring the previous view to the front"),
                                        lambda: self.cycle_view(-1))
        self.next_step_action = act(self.tr("Next scenario step"), "PgDown", self.tr("Go on to the scenario's next step"),
                                    lambda: self._scenario_step(+1))
        self.previous_step_action = act(self.tr("Previous scenario step"), "PgUp",
                                        self.tr("Go back to the scenario's previous step"), lambda: self._scenario_step(-1))
        training_menu.addSeparator()
        training_menu.addActions([self.faster_action, self.slower_action, self.next_step_action,
                                  self.previous_step_action])
        view_menu.addActions([self.next_view_action, self.previous_view_action])
        self._view = -1  # index into the views cycled so far

    def _speed(self, steps: int) -> None:
        """Move along the toolbar's speed list (first = fastest)."""
        toolbar = self.window.toolbar
        combo = toolbar.speed
        index = min(max(combo.currentIndex() + steps, 0), combo.count() - 1)
        combo.setCurrentIndex(index)
        toolbar.speed_changed.emit(float(combo.currentData()))
        self.window.statusBar().showMessage(self.tr("Speed: {speed}").format(speed=combo.currentText()), 3000)

    def shown_view_docks(self) -> list:
        """The view docks not closed (a dock tabbed behind another counts: it can come forward)."""
        return [dock for key, dock in self.window.docks.items()
                if key not in SETTINGS_DOCKS and dock.toggleViewAction().isChecked()]

    def cycle_view(self, direction: int) -> None:
        docks = self.shown_view_docks()
        if not docks:
            self.window.statusBar().showMessage(self.tr("No view is open: View ▸ lists them"), 3000)
            return
        self._view = (self._view + direction) % len(docks)
        dock = docks[self._view]
        dock.raise_()
        self.window.statusBar().showMessage(dock.windowTitle(), 3000)

    def _scenario_step(self, direction: int) -> None:
        self.scenario_step_requested.emit(direction)
