"""The main window.  It only assembles: each run's editor, panels and views (a
:class:`RunUnit`) in the central area and docks, the menus and the toolbars.  No math and
no run state live here; menus act on the current run."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from .. import __version__
from ..engine import Config
from ..engine.session import EXTENSION
from .classroom import add_lessons_and_inspector
from .compare_window import CompareWindow, open_compare
from .exports import ExportMenu
from .fitting_views import follow_the_run
from .gui_thread_gc import collect_in_gui_thread
from .keyboard import let_space_play
from .language_menu import LanguageMenu
from .presentation import Presentation
from .presenter_keys import PresenterKeys
from .run_unit import RunUnit
from .scenario_menu import ScenarioMenu
from .shortcuts_dialog import add_shortcuts_action

APP_NAME = "Neural Playground"
# What tests and scripts reach through the window: the parts of the current run.
RUN_PARTS = ("controller", "files", "editor", "stack_editor", "toolbar", "message_bar", "data_panel", "training_panel",
             "loss_plot", "output_view", "heatmaps", "gradient_view", "histograms", "kernel_view", "feature_maps", "through_time", "step_through", "unrolled", "predictions", "views", "undo_stack", "landscape_view",
             "import_csv", "scenario_panel")
# key, title (English; translated where shown), area
DOCKS = (("data", QT_TRANSLATE_NOOP("MainWindow", "Data"), Qt.LeftDockWidgetArea),
         ("training", QT_TRANSLATE_NOOP("MainWindow", "Training"), Qt.LeftDockWidgetArea),
         ("output", QT_TRANSLATE_NOOP("MainWindow", "Output"), Qt.RightDockWidgetArea),
         ("progress", QT_TRANSLATE_NOOP("MainWindow", "Loss"), Qt.RightDockWidgetArea),
         ("weights", QT_TRANSLATE_NOOP("MainWindow", "Weights"), Qt.BottomDockWidgetArea),
         ("gradients", QT_TRANSLATE_NOOP("MainWindow", "Gradients"), Qt.BottomDockWidgetArea),
         ("histograms", QT_TRANSLATE_NOOP("MainWindow", "Histograms"), Qt.BottomDockWidgetArea),
         ("kernels", QT_TRANSLATE_NOOP("MainWindow", "Kernels"), Qt.BottomDockWidgetArea),
         ("feature_maps", QT_TRANSLATE_NOOP("MainWindow", "Feature maps"), Qt.BottomDockWidgetArea),
         ("through_time", QT_TRANSLATE_NOOP("MainWindow", "Through time"), Qt.BottomDockWidgetArea),
         ("step_through", QT_TRANSLATE_NOOP("MainWindow", "Step-through"), Qt.BottomDockWidgetArea),
         ("unrolled", QT_TRANSLATE_NOOP("MainWindow", "Unrolled"), Qt.BottomDockWidgetArea),
         ("predictions", QT_TRANSLATE_NOOP("MainWindow", "Predictions"), Qt.BottomDockWidgetArea),
         ("landscape", QT_TRANSLATE_NOOP("MainWindow", "Loss landscape"), Qt.RightDockWidgetArea),
         ("scenario", QT_TRANSLATE_NOOP("MainWindow", "Scenario"), Qt.RightDockWidgetArea))
SHAPED_VIEW_SHARE, DENSE_VIEW_SHARE = 0.55, 0.375  # of the window's height, for the views below the editor
TABBED_WITH_WEIGHTS = ("kernels", "feature_maps", "through_time", "step_through", "unrolled", "predictions")  # views of CNNs and RNNs
PREFERRED_SIZE = QSize(1440, 900)
SCREEN_SHARE = 0.9  # of the screen's free area, at most: a 1280×800 laptop keeps its taskbar and title bar
STATE_VERSION = 2  # layouts saved before the left docks took the full height (and a widened Output dock) are dropped


def fitted_size(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QSize:
    """The window's first size: ``preferred``, shrunk to fit SCREEN_SHARE of the screen's free area."""
    return QSize(min(preferred.width(), int(available.width() * SCREEN_SHARE)),
                 min(preferred.height(), int(available.height() * SCREEN_SHARE)))


class MainWindow(QMainWindow):
    def __init__(self, config: Config | None = None, settings: QSettings | None = None):
        super().__init__()
        collect_in_gui_thread()  # before any worker thread runs Python
        self.setWindowTitle(APP_NAME)
        self.settings = settings or QSettings()
        self.runs: list[RunUnit] = []
        self._shaped_layout = False  # whether the views below the editor have a CNN's or RNN's height
        self.docks: dict[str, QDockWidget] = {}
        self.splitter = QSplitter(Qt.Horizontal)
        self.setCentralWidget(self.splitter)
        # the settings docks take the window's full height, beside the weights below
        self.setCorner(Qt.BottomLeftCorner, Qt.LeftDockWidgetArea)
        self.run = self.add_run(config)
        self.lessons, self.inspector = add_lessons_and_inspector(self)
        # never below what the docks need, or Qt grows it at show and the proportions below are off
        self.resize(fitted_size(self.screen().availableGeometry()).expandedTo(self.minimumSizeHint()))
        d = self.docks
        self.resizeDocks([d["data"], d["output"]], [300, 380], Qt.Horizontal)
        self.resizeDocks([d["data"]], [d["data"].sizeHint().height()], Qt.Vertical)
        # a taller window gives its height to the training settings, not to the data panel's blank
        d["data"].setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        d["training"].setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        self.resizeDocks([d["weights"]], [300], Qt.Vertical)
        bottom = self.width() - d["data"].sizeHint().width()  # the bottom row starts right of the settings
        self.resizeDocks([d["weights"], d["gradients"], d["histograms"]],
                         [bottom // 2, bottom // 4, bottom // 4], Qt.Horizontal)
        self.setAcceptDrops(True)
        self._default_state = self.saveState()
        self._build_menus()
        self._restore_layout()

    # -- assembly ------------------------------------------------------------------------
    def add_run(self, config: Config | None = None) -> RunUnit:
        """Host one more run: its editor beside the others, its panels and views in docks
        (tabbed with the first run's), its own toolbar."""
        run = RunUnit(self, config, self.settings)
        number = len(self.runs) + 1
        suffix = "" if number == 1 else self.tr(" (run {n})").format(n=number)
        self.runs.append(run)
        self.addToolBar(run.toolbar)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(run.message_bar)
        layout.addWidget(run.editors, 1)
        self.splitter.addWidget(central)
        widgets = {"data": run.data_panel, "training": self._scrolling(run.training_panel),
                   "output": run.output_view, "progress": run.loss_plot, "weights": run.heatmaps,
                   "gradients": run.gradient_view, "histograms": self._scrolling(run.histograms),
                   "kernels": run.kernel_view, "feature_maps": run.feature_maps, "through_time": run.through_time,
                   "step_through": run.step_through, "unrolled": run.unrolled,
                   "predictions": run.predictions, "landscape": run.landscape_view,
                   "scenario": run.scenario_panel}
        run_docks = {}
        for key, title, area in DOCKS:
            dock = self._dock(self.tr(title) + suffix, f"dock_{title.lower().replace(' ', '_')}{'' if number == 1 else number}", widgets[key], area)
            dock.visibilityChanged.connect(run.on_dock_shown)
            run_docks[key] = dock
            if number == 1:
                self.docks[key] = dock
                if key in TABBED_WITH_WEIGHTS:
                    self.tabifyDockWidget(self.docks["weights"], dock)
                elif key == "landscape":
                    dock.hide()  # tabbed behind Loss once the window shows (classroom._TabOnShow)
            else:
                self.tabifyDockWidget(self.docks[key], dock)
        follow_the_run(run.controller, run_docks)  # before the first run's raise below: a CNN's kernels are open
        if number == 1:
            self.docks["weights"].raise_()
            self.docks["progress"].raise_()
            run.controller.built.connect(self._on_run_built)
        self._show_while_a_scenario_is_open(run, run_docks["scenario"])
        let_space_play([run.editor, run.toolbar, *widgets.values()], run)
        return run

    @staticmethod
    def _show_while_a_scenario_is_open(run: RunUnit, dock: QDockWidget) -> None:
        dock.hide()
        def follow(scenario) -> None:  # tabbed behind Loss (a column of its own outgrew 1280 pixels)
            dock.setVisible(scenario is not None)
            if scenario is not None:
                dock.raise_()
        run.controller.scenario_changed.connect(follow)

    def _dock(self, title: str, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    @staticmethod
    def _scrolling(widget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setMinimumWidth(widget.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width() + 4)
        area.setWidgetResizable(True)
        return area

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        f = self.run.files
        self._add(file_menu, self.tr("New"), lambda: f.new(Config()), QKeySequence.New)
        self._add(file_menu, self.tr("Open…"), f.open_dialog, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open Recent"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self._add(file_menu, self.tr("Save"), f.save, QKeySequence.Save)
        self._add(file_menu, self.tr("Save As…"), f.save_as, QKeySequence("Ctrl+Shift+S"))
        self._add(file_menu, self.tr("Save as Scenario…"), f.save_as_scenario)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Import CSV data…"), self.run.import_csv_dialog, "Ctrl+I")
        file_menu.addMenu(ExportMenu(self, self.run.controller, self.run.loss_plot))
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Quit"), self.close, QKeySequence.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.run.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.run.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.Redo)
        edit.addActions([undo, redo])
        training = bar.addMenu(self.tr("&Training"))
        t = self.run.toolbar
        training.addActions([t.reset_action, t.play_action, t.step_action, t.epoch_action])
        training.addSeparator()
        self._add(training, self.tr("Compare runs…"), lambda: open_compare(self))
        bar.addMenu(ScenarioMenu(self, f.open))
        view = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self._add(view, self.tr("Restore default layout"), self._on_restore_layout)
        bar.addMenu(LanguageMenu(self, self.settings))
        self.presentation = Presentation(self, self.settings, view, self.run.toolbar)
        self.keys = PresenterKeys(self, training, view)
        self.keys.scenario_step_requested.connect(self._on_keys_scenario_step_requested)
        help_menu = bar.addMenu(self.tr("&Help"))
        add_shortcuts_action(self, help_menu)
        self._add(help_menu, self.tr("About"), self._on_about)

    def _add(self, menu, text, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _on_keys_scenario_step_requested(self, direction: int) -> None:
        panel = self.run.scenario_panel
        moved = panel.next_step() if direction > 0 else panel.previous_step()
        if not moved:
            self.statusBar().showMessage(self.tr("No scenario is open") if panel.scenario is None else
                                         self.tr("The scenario has no further step that way"), 3000)

    def _on_run_built(self, info) -> None:
        """A CNN shows its kernels, an RNN its life through time, a dense net its weights."""
        layers = {h.kind for h in info.config.hidden}
        key = "kernels" if "conv2d" in layers else "through_time" if "simple_rnn" in layers else "weights"
        self.docks[key].raise_()
        if info.config.shaped != self._shaped_layout:  # their views need height; the layer list less
            self._shaped_layout = info.config.shaped
            share = SHAPED_VIEW_SHARE if info.config.shaped else DENSE_VIEW_SHARE
            self.resizeDocks([self.docks["weights"]], [int(self.height() * share)], Qt.Vertical)

    # -- sessions and drops ---------------------------------------------------------------
    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        for path in self.files.recent():
            self.recent_menu.addAction(path, lambda p=path: self.files.open(p))
        self.recent_menu.setEnabled(bool(self.files.recent()))

    def dragEnterEvent(self, event) -> None:
        if any(url.toLocalFile().endswith((EXTENSION, ".csv")) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if path.endswith(EXTENSION):
                self.files.open(path)
            elif path.endswith(".csv"):
                self.import_csv(path)
            event.acceptProposedAction()
            return

    # -- layout and lifetime --------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = self.settings.value("window/geometry"), self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state, STATE_VERSION)
            self.docks["scenario"].setVisible(self.run.controller.scenario is not None)

    def _on_restore_layout(self) -> None:
        self.restoreState(self._default_state)
        for key, dock in self.docks.items():
            dock.setVisible(key != "scenario" or self.run.controller.scenario is not None)

    def _on_about(self) -> None:
        QMessageBox.about(self, APP_NAME, self.tr("<b>{name}</b> {version}<br>Build a neural network by hand and "
                                                  "watch its weight matrices learn.").format(name=APP_NAME,
                                                                                            version=__version__))

    def closeEvent(self, event) -> None:
        if any(r.controller.is_running() and not r.files.confirm_discard() for r in self.runs):
            event.ignore()
            return
        for run in self.runs:
            run.shutdown()
        for compare in self.findChildren(CompareWindow):
            compare.close()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(STATE_VERSION))
        super().closeEvent(event)


for _part in RUN_PARTS:
    setattr(MainWindow, _part, property(lambda self, name=_part: getattr(self.run, name),
                                        doc=f"The current run's {_part}."))
