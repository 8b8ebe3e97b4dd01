"""The main window.  It only assembles: panels and views in docks, menus, the toolbar, and
the wiring between them and the :class:`TrainingController`.  No math lives here."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDockWidget, QFileDialog, QMainWindow, QMessageBox,
                               QScrollArea, QVBoxLayout, QWidget)

from .. import __version__
from ..controller.config_edits import config_with
from ..controller.training_controller import TrainingController
from ..engine import Config, DataError
from ..engine.csv_import import load_csv
from ..engine.datasets import DATASETS
from ..engine.session import EXTENSION
from .data_panel import DataPanel
from .labels import FEATURE_LABELS
from .views.gradient_health import GradientHealthView
from .views.loss_plot import LossPlot
from .views.output_view import GRID_SIZE, OutputView
from .views.weight_heatmaps import WeightHeatmaps
from .views.weight_histograms import WeightHistogramView
from .message_bar import MessageBar
from .exports import ExportMenu
from .form_widgets import set_combo
from .network_editor import NetworkEditor
from .session_files import SessionFiles
from .training_panel import TrainingPanel
from .training_toolbar import TrainingToolBar

APP_NAME = "Neural Playground"


class RebuildCommand(QUndoCommand):
    """A structural edit: undo and redo rebuild the network from the stored configs."""

    def __init__(self, controller: TrainingController, before, after, text: str):
        super().__init__(text)
        self.controller, self.before, self.after = controller, before, after
        self._done = True  # pushed after the rebuild already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.controller.rebuild(*self.after)

    def undo(self) -> None:
        self.controller.rebuild(*self.before)


class MainWindow(QMainWindow):
    def __init__(self, config: Config | None = None, settings: QSettings | None = None):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.settings = settings or QSettings()
        self.controller = TrainingController(config or Config(), parent=self)
        self.undo_stack = QUndoStack(self)
        self.toolbar = TrainingToolBar(self)
        self.addToolBar(self.toolbar)
        self.message_bar = MessageBar()
        self.editor = NetworkEditor()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.editor, 1)
        self.setCentralWidget(central)
        self.data_panel = DataPanel()
        self.training_panel = TrainingPanel()
        self.loss_plot = LossPlot()
        self.output_view = OutputView()
        self.heatmaps = WeightHeatmaps()
        self.gradient_view = GradientHealthView()
        self.histograms = WeightHistogramView()
        self.docks = {
            "data": self._dock("Data", self.data_panel, Qt.LeftDockWidgetArea),
            "training": self._dock("Training", self._scrolling(self.training_panel), Qt.LeftDockWidgetArea),
            "output": self._dock("Output", self.output_view, Qt.RightDockWidgetArea),
            "progress": self._dock("Loss", self.loss_plot, Qt.RightDockWidgetArea),
            "weights": self._dock("Weights", self.heatmaps, Qt.BottomDockWidgetArea),
            "gradients": self._dock("Gradients", self.gradient_view, Qt.BottomDockWidgetArea),
            "histograms": self._dock("Histograms", self.histograms, Qt.BottomDockWidgetArea),
        }
        self.views = [self.output_view, self.heatmaps, self.gradient_view, self.histograms]
        self.resize(1440, 900)
        d = self.docks
        self.resizeDocks([d["data"], d["output"]], [300, 380], Qt.Horizontal)
        self.resizeDocks([d["weights"]], [300], Qt.Vertical)
        self.resizeDocks([d["weights"], d["gradients"], d["histograms"]], [640, 400, 400], Qt.Horizontal)
        self.controller.set_grid_size(GRID_SIZE)
        self.files = SessionFiles(self, self.controller, self.settings, self)
        self._sample = 0  # the training sample the diagram follows in "activation" mode
        self.setAcceptDrops(True)
        self._default_state = self.saveState()
        self._build_menus()
        self._connect()
        self._on_controller_rebuilt(self.controller.config)
        self._restore_layout()

    # -- assembly ------------------------------------------------------------------------
    def _dock(self, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    @staticmethod
    def _scrolling(widget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setMinimumWidth(widget.sizeHint().width() + 20)
        area.setWidgetResizable(True)
        return area

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        f = self.files
        self._add(file_menu, "New", lambda: f.new(Config()), QKeySequence.New)
        self._add(file_menu, "Open…", f.open_dialog, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu("Open Recent")
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self._add(file_menu, "Save", f.save, QKeySequence.Save)
        self._add(file_menu, "Save As…", f.save_as, QKeySequence("Ctrl+Shift+S"))
        file_menu.addSeparator()
        self._add(file_menu, "Import CSV data…", self._on_import_csv, "Ctrl+I")
        file_menu.addMenu(ExportMenu(self, self.controller, self.loss_plot))
        file_menu.addSeparator()
        self._add(file_menu, "Quit", self.close, QKeySequence.Quit)
        edit = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence.Undo)
        redo = self.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcut(QKeySequence.Redo)
        edit.addActions([undo, redo])
        training = bar.addMenu("&Training")
        t = self.toolbar
        training.addActions([t.reset_action, t.play_action, t.step_action, t.epoch_action])
        view = bar.addMenu("&View")
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self._add(view, "Restore default layout", self._on_restore_layout)
        help_menu = bar.addMenu("&Help")
        self._add(help_menu, "About", self._on_about)

    def _add(self, menu, text, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _connect(self) -> None:
        c, t = self.controller, self.toolbar
        t.reset_action.triggered.connect(c.reset)
        t.play_action.triggered.connect(c.toggle_play)
        t.step_action.triggered.connect(lambda: c.step())
        t.epoch_action.triggered.connect(c.step_epoch)
        t.speed_changed.connect(c.set_speed)
        c.snapshot_ready.connect(self._on_controller_snapshot)
        c.rebuilt.connect(self._on_controller_rebuilt)
        c.playing_changed.connect(t.set_playing)
        c.message.connect(self._on_controller_message)
        self.editor.edit_requested.connect(self._rebuild_with)
        self.editor.weight_edit_requested.connect(self._on_editor_weight_edit_requested)
        self.editor.neuron_hovered.connect(self._on_editor_neuron_hovered)
        self.editor.neuron_mode.currentIndexChanged.connect(self._on_editor_neuron_mode_changed)
        self.output_view.sample_chosen.connect(self._on_output_view_sample_chosen)
        self.data_panel.structural_change.connect(self._on_structural_change)
        self.data_panel.import_csv_requested.connect(self._on_import_csv)
        self.training_panel.structural_change.connect(self._on_structural_change)
        self.training_panel.live_change.connect(self._on_training_panel_live_change)
        self.training_panel.invalid_input.connect(lambda text: self._on_controller_message("error", text))

    # -- edits ---------------------------------------------------------------------------
    @Slot(dict, str)
    def _on_structural_change(self, changes: dict, what: str) -> None:
        self._rebuild_with(config_with(self.controller.config, changes), what)

    @Slot(dict)
    def _on_training_panel_live_change(self, values: dict) -> None:
        self.controller.set_hyperparameters(**values)
        self.files.mark_modified()

    @Slot(int, int, int, float)
    def _on_editor_weight_edit_requested(self, layer: int, i: int, j: int, value: float) -> None:
        self.controller.edit_weight(layer, "W", (i, j), value)
        self.files.mark_modified()

    def _rebuild_with(self, config: Config, what: str, data=None) -> None:
        c = self.controller
        before = (c.config.copy(), c.data)
        if c.rebuild(config, data):
            self.files.mark_modified()
            self.undo_stack.push(RebuildCommand(c, before, (c.config.copy(), c.data), what))
        else:
            self._on_controller_rebuilt(c.config)  # put the panels back to what runs

    def _on_import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import CSV data", "", "CSV files (*.csv);;All files (*)")
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> bool:
        try:
            data = load_csv(path)
        except DataError as exc:
            self._on_controller_message("error", f"Could not import {path}:\n{exc}")
            return False
        self._csv_name = path.rsplit("/", 1)[-1]
        changes = {"dataset": "csv", "n_samples": len(data.x),
                   "loss": "cross_entropy" if data.task == "classification" else "mse"}
        self._rebuild_with(config_with(self.controller.config, changes), f"Import {self._csv_name}", data)
        return True

    # -- from the controller -----------------------------------------------------------
    @Slot(object)
    def _on_controller_snapshot(self, snapshot) -> None:
        self.toolbar.show_metrics(snapshot.metrics)
        self.loss_plot.append(snapshot.eval_rows)
        self.editor.set_snapshot(snapshot)
        for view in self.views:
            view.show_snapshot(snapshot)

    @Slot(object)
    def _on_controller_rebuilt(self, config: Config) -> None:
        data = self.controller.data
        task = data.task if config.dataset == "csv" and data is not None else DATASETS[config.dataset].task
        labels = list(data.feature_names) if config.dataset == "csv" and data is not None else \
            [FEATURE_LABELS[f] for f in config.features]
        self.data_panel.set_config(config, task, getattr(self, "_csv_name", ""))
        self.training_panel.set_config(config, task)
        self.editor.set_config(config, labels)
        self.loss_plot.clear_history()
        self.loss_plot.set_task(task)
        plane = self.controller.plane
        n_classes = data.n_classes if config.dataset == "csv" and data is not None else DATASETS[config.dataset].n_classes
        self.output_view.set_plane(plane, task, n_classes, len(labels))
        self.heatmaps.set_input_labels(labels)
        self.toolbar.show_metrics({"step": 0, "epoch": 0})

    def _on_editor_neuron_mode_changed(self) -> None:
        following = self.editor.neuron_mode.currentData() == "sample"
        self.controller.set_sample(self._sample if following else None)

    @Slot(int)
    def _on_output_view_sample_chosen(self, index: int) -> None:
        self._sample = index
        set_combo(self.editor.neuron_mode, "sample")
        self._on_editor_neuron_mode_changed()

    @Slot(int, int)
    def _on_editor_neuron_hovered(self, column: int, index: int) -> None:
        name = self.editor.neuron_name(column, index) if column >= 0 else ""
        self.output_view.show_neuron(column, index, name)

    @Slot(str, str)
    def _on_controller_message(self, level: str, text: str) -> None:
        if level == "info":
            self.statusBar().showMessage(text, 4000)
        else:
            self.message_bar.show_message(level, text)

    # -- sessions ------------------------------------------------------------------------
    def _view_controls(self) -> dict:
        return {"heatmap_show": self.heatmaps.show_combo, "heatmap_scope": self.heatmaps.scope_combo,
                "heatmap_numbers": self.heatmaps.numbers_check, "output_test": self.output_view.test_check,
                "output_discrete": self.output_view.discrete_check, "loss_log": self.loss_plot.log_check,
                "loss_x": self.loss_plot.x_combo}

    def view_state(self) -> dict:
        """The view choices a session file keeps."""
        return {key: w.currentData() if isinstance(w, QComboBox) else w.isChecked()
                for key, w in self._view_controls().items()}

    def set_view_state(self, state: dict) -> None:
        """Apply saved view choices; unknown keys and values are ignored."""
        for key, widget in self._view_controls().items():
            value = state.get(key)
            if isinstance(widget, QCheckBox) and isinstance(value, bool):
                widget.setChecked(value)
            elif isinstance(widget, QComboBox) and widget.findData(value) >= 0:
                widget.setCurrentIndex(widget.findData(value))

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
            self.restoreState(state)

    def _on_restore_layout(self) -> None:
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()

    def _on_about(self) -> None:
        QMessageBox.about(self, APP_NAME, f"<b>{APP_NAME}</b> {__version__}<br>"
                          "Build a neural network by hand and watch its weight matrices learn.")

    def closeEvent(self, event) -> None:
        if self.controller.is_running() and not self.files.confirm_discard():
            event.ignore()
            return
        self.files.discard_recovery()
        self.controller.shutdown()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        super().closeEvent(event)
