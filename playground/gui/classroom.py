"""The Lessons dock and the Math inspector dock, added to a main window and wired to its
first run's views, so the window itself gains two lines."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ..scenario_catalog import session_path
from .lessons_panel import LessonsPanel
from .math_inspector import MathInspector

# Each of these docks is tabbed behind its partner once the window shows (see _TabOnShow); the
# scenario dock only while a scenario is open.
PLACES = {"lessons": "output", "inspector": "progress", "landscape": "progress", "scenario": "progress"}
SHOWN_ONLY_WITH_A_SCENARIO = "scenario"


class _TabOnShow(QObject):
    """Tabs the new docks behind their partners (and shows them) when the window is first
    shown.  Qt 6.11 leaves a stray copy of the tab bar in the middle of the window when a second
    tab group is made before the window is shown; made after, it is drawn right.  A layout
    restored from the settings, where the user tabbed or moved them, is kept."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Show:
            self.window.removeEventFilter(self)
            w = self.window
            for key, beside in PLACES.items():
                dock, partner = w.docks[key], w.docks[beside]
                if not w.tabifiedDockWidgets(dock) and w.dockWidgetArea(dock) == w.dockWidgetArea(partner):
                    w.tabifyDockWidget(partner, dock)
                    dock.setVisible(key != SHOWN_ONLY_WITH_A_SCENARIO or w.run.controller.scenario is not None)
                    partner.raise_()
            if w.settings.value("window/state") is None:  # this is the default layout: View ▸ Restore
                w._default_state = w.saveState()              # default layout puts them back here too
        return False


def _dock(window: QMainWindow, key: str, title: str, widget) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock_{key}")
    dock.setWidget(widget)
    window.addDockWidget(window.dockWidgetArea(window.docks[PLACES[key]]), dock)
    dock.hide()  # takes no room from the layout the window sizes until it is tabbed (see _TabOnShow)
    window.docks[key] = dock
    return dock


def add_lessons_and_inspector(window: QMainWindow) -> tuple[LessonsPanel, MathInspector]:
    """Dock a Lessons panel (behind Output) and a Math inspector (behind Loss) for the first run."""
    run = window.runs[0]
    lessons = LessonsPanel(window)
    inspector = MathInspector(run.controller)
    _dock(window, "lessons", QCoreApplication.translate("MainWindow", "Lessons"), lessons)
    dock = _dock(window, "inspector", QCoreApplication.translate("MainWindow", "Math inspector"), inspector)
    inspector.shown.connect(lambda: (dock.show(), dock.raise_()))
    for view in (run.editor, run.heatmaps, run.kernel_view):
        view.inspect_requested.connect(inspector.inspect)
    lessons.set_scenario_loader(lambda key: window.files.open(session_path(key)))  # "Open the scenario"
    _TabOnShow(window)
    return lessons, inspector
