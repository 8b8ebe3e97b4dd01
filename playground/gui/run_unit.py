"""One run and everything that shows it: its controller, the network editor, the settings
panels, the views, the toolbar, undo and the session file, wired together.

The main window assembles one (or several, side by side) and keeps only menus, docks and
layout.  Panels send intents here; this turns them into controller requests and follows
the controller: ``built`` restarts the views, ``config_changed`` re-renders every panel.
"""
from __future__ import annotations

import copy
from dataclasses import fields

from PySide6.QtCore import QEvent, QObject, QSettings, QSignalBlocker, QTimer, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..controller.training_controller import TrainingController
from ..engine import Config, DataError, DivergenceError, default_loss
from ..engine.datasets import PAINTED
from ..engine.default_stacks import fit_to_data
from ..engine.run_info import RunInfo
from .control_restrictions import apply_restrictions
from .csv_import_task import CsvImportTask
from .data_panel import DataPanel
from .error_text import describe
from .experiment_tools import ExperimentTools
from .form_widgets import set_combo
from .frame_scheduler import FrameScheduler, shown_on_screen
from .gallery_strip import GalleryStrip
from .labels import FEATURE_LABELS
from .message_bar import MessageBar
from .paint_tool import PaintTool
from .layer_stack_editor import LayerStackEditor
from .network_editor import NetworkEditor
from .scenario_panel import ScenarioPanel
from .session_files import SessionFiles
from .training_panel import TrainingPanel
from .training_toolbar import TrainingToolBar
from .views.feature_maps import FeatureMapView
from .views.gradient_health import GradientHealthView
from .views.kernel_view import KernelView
from .views.landscape_view import LandscapeView
from .views.loss_plot import LossPlot
from .views.output_view import GRID_SIZE, OutputView
from .views.predictions import PredictionsView
from .views.step_through import StepThroughView
from .views.through_time import ThroughTimeView
from .views.unrolled import UnrolledView
from .views.weight_heatmaps import WeightHeatmaps
from .views.weight_histograms import WeightHistogramView


class RebuildCommand(QUndoCommand):
    """A structural edit.  Undo and redo put back only the settings that edit changed, on top
    of what runs then: a learning rate or optimizer chosen after the edit stays."""

    def __init__(self, controller: TrainingController, before: tuple, after: tuple, text: str):
        super().__init__(text)
        (old, self.old_data), (new, self.new_data) = before, after
        changed = [f.name for f in fields(Config) if getattr(old, f.name) != getattr(new, f.name)]
        self.old = {name: getattr(old, name) for name in changed}
        self.new = {name: getattr(new, name) for name in changed}
        self.controller = controller
        self._done = True  # pushed after the engine built it

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.new, self.new_data)

    def undo(self) -> None:
        self._apply(self.old, self.old_data)

    def _apply(self, values: dict, data) -> None:
        config = self.controller.expected_config.with_changes(copy.deepcopy(values))
        self.controller.rebuild(config, data if config.given_data else None)


class RunUnit(QObject):
    def __init__(self, window: QMainWindow, config: Config | None, settings: QSettings):
        super().__init__(window)
        self.window = window
        self.controller = TrainingController(config or Config(), parent=self)
        self.undo_stack = QUndoStack(self)
        self.toolbar = TrainingToolBar(window)
        self.message_bar = MessageBar()
        self.editor = NetworkEditor()
        self.editor.layers_to_edit = lambda: self.controller.expected_config.hidden
        self.stack_editor = LayerStackEditor()  # shown instead of the diagram for images and sequences
        self.stack_editor.layers_to_edit = self.editor.layers_to_edit
        self.gallery = GalleryStrip()  # a CNN's or RNN's samples to follow, under its layer list
        self.gallery.hide()
        self.shaped_page = QWidget()  # within the diagram's height: the views below keep theirs
        page = QVBoxLayout(self.shaped_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.stack_editor, 1)
        page.addWidget(self.gallery)
        self.editors = QStackedWidget()
        self.editors.addWidget(self.editor)
        self.editors.addWidget(self.shaped_page)
        self.data_panel = DataPanel()
        self.training_panel = TrainingPanel()
        self.scenario_panel = ScenarioPanel()
        self.loss_plot = LossPlot()
        self.output_view = OutputView()
        self.paint_tool = PaintTool(self.output_view)
        self.heatmaps = WeightHeatmaps()
        self.gradient_view = GradientHealthView()
        self.histograms = WeightHistogramView()
        self.kernel_view = KernelView()
        self.landscape_view = LandscapeView(self.controller)
        self.feature_maps = FeatureMapView()
        self.through_time = ThroughTimeView()
        self.step_through = StepThroughView()
        self.unrolled = UnrolledView()
        self.predictions = PredictionsView()
        self.views = [self.output_view, self.heatmaps, self.gradient_view, self.histograms, self.kernel_view,
                      self.feature_maps, self.through_time, self.step_through, self.unrolled,
                      self.predictions]
        self.frames = FrameScheduler(self)  # cheap views every frame, slow ones at most every interval s
        for name, view, interval in (("loss", self.loss_plot, 0), ("heatmaps", self.heatmaps, 0),
                                     ("output", self.output_view, 0), ("diagram", self.editor, 1 / 15),
                                     ("gradients", self.gradient_view, 0.1), ("histograms", self.histograms, 0.2),
                                     ("kernels", self.kernel_view, 0), ("feature_maps", self.feature_maps, 0),
                                     ("through_time", self.through_time, 0), ("step_through", self.step_through, 0),
                                     ("unrolled", self.unrolled, 1 / 15), ("predictions", self.predictions, 0.1)):
            self.frames.register(name, view, interval)
        self.files = SessionFiles(window, self.controller, settings, self)
        self.csv_name = ""
        self.csv_task: CsvImportTask | None = None  # the latest background import
        self._sample = 0  # the training sample the diagram follows in "activation" mode
        self._sent_sample = None  # the one the engine was asked for
        self.controller.set_grid_size(GRID_SIZE)
        self._shown: frozenset | None = None  # the visible views the engine was last told of
        self._visibility_timer = QTimer(self, singleShot=True, interval=0)  # one message per burst of Show/Hide
        self._visibility_timer.timeout.connect(self._send_visible_views)
        for widget in (self.output_view, self.editor, *self.sample_views()):
            widget.installEventFilter(self)
        self._connect()
        self.tools = ExperimentTools(self)  # the timeline, branches, switching neurons off, freezing layers

    def _connect(self) -> None:
        c, t = self.controller, self.toolbar
        t.reset_action.triggered.connect(lambda: c.reset())
        t.play_action.triggered.connect(c.toggle_play)
        t.step_action.triggered.connect(lambda: c.step())
        t.epoch_action.triggered.connect(c.step_epoch)
        t.speed_changed.connect(c.set_speed)
        c.snapshot_ready.connect(self._on_controller_snapshot)
        c.built.connect(self._on_controller_built)
        c.config_changed.connect(self._on_controller_config_changed)
        c.playing_changed.connect(t.set_playing)
        c.message.connect(self.show_message)
        c.problem.connect(self._on_controller_problem)
        c.scenario_changed.connect(self._on_controller_scenario_changed)
        self.scenario_panel.reveal_changed.connect(self._render_panels)
        self.message_bar.rewind_requested.connect(c.rewind)
        self.editor.edit_requested.connect(self.edit)
        self.stack_editor.edit_requested.connect(self.edit)
        self.editor.weight_edit_requested.connect(self._on_editor_weight_edit_requested)
        self.editor.neuron_hovered.connect(self._on_editor_neuron_hovered)
        self.editor.neuron_mode.currentIndexChanged.connect(self._on_editor_neuron_mode_changed)
        self.output_view.sample_chosen.connect(self._on_output_view_sample_chosen)
        self.paint_tool.painted.connect(self._on_paint_tool_painted)
        self.paint_tool.refused.connect(lambda error: self.show_message("error", describe(error)))
        self.feature_maps.sample_chosen.connect(self._on_shaped_sample_chosen)
        self.gallery.sample_chosen.connect(self._on_shaped_sample_chosen)
        self.through_time.sample.valueChanged.connect(self._on_shaped_sample_chosen)
        self.data_panel.structural_change.connect(self.edit)
        self.data_panel.regenerate_requested.connect(self._on_data_panel_regenerate_requested)
        self.data_panel.import_csv_requested.connect(self.import_csv_dialog)
        self.training_panel.structural_change.connect(self.edit)
        self.training_panel.live_change.connect(self._on_training_panel_live_change)
        self.training_panel.invalid_input.connect(self._on_training_panel_invalid_input)

    # -- edits ---------------------------------------------------------------------------
    @Slot(dict, str)
    def edit(self, changes: dict, what: str) -> None:
        """A structural edit, applied to what runs (or will, once the engine has answered
        what was asked before), never to a panel's copy."""
        expected = self.controller.expected_config
        config = expected.with_changes(changes)
        if "dataset" in changes:  # new samples may need other layers (images, sequences) or loss
            config = fit_to_data(config, expected)
        if config != expected:
            self.rebuild(config, what)

    def rebuild(self, config: Config, what: str, data=None, refused=None) -> None:
        """A new configuration (and given data: a CSV's, painted points), undoable once the
        engine built it; ``refused()`` is called if it did not."""
        c = self.controller
        before = (c.expected_config, c.data)

        def done(accepted: bool, info) -> None:
            if accepted:
                self.files.mark_modified()
                self.undo_stack.push(RebuildCommand(c, before, (info.config, info.csv_data), what))
            else:
                self.window.statusBar().clearMessage()
                if refused is not None:
                    refused()
        # a big data set takes seconds to build: say that something is happening
        self.window.statusBar().showMessage(self.tr("Building the network…"))
        c.rebuild(config, data, done=done)

    @Slot()
    def _on_data_panel_regenerate_requested(self) -> None:
        self.edit({"data_seed": self.controller.config.data_seed + 1}, self.tr("Regenerate data"))

    @Slot(str)
    def _on_training_panel_invalid_input(self, text: str) -> None:
        """Typed text that is no valid number: say so, and show what runs again."""
        self.show_message("error", text)
        if self.controller.info is not None:
            self._on_controller_config_changed(self.controller.info)

    @Slot(dict)
    def _on_training_panel_live_change(self, values: dict) -> None:
        self.controller.set_hyperparameters(done=lambda accepted, _: accepted and self.files.mark_modified(),
                                            **values)

    @Slot(int, int, int, float)
    def _on_editor_weight_edit_requested(self, layer: int, i: int, j: int, value: float) -> None:
        self.controller.edit_weight(layer, "W", (i, j), value)
        self.files.mark_modified()

    @Slot(object, str)
    def _on_paint_tool_painted(self, data, what: str) -> None:
        """Train on the painted points: the running CSV's or drawing's, or a new drawing."""
        config = self.controller.expected_config
        changes = {"dataset": config.dataset if config.given_data else PAINTED, "n_samples": len(data.x)}
        self.rebuild(config.with_changes(changes), what, data, refused=self.paint_tool.stroke_refused)

    def import_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import CSV data"), self.files.folder(),
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> CsvImportTask:
        """Read a CSV file in the background (progress, Cancel), then ask the engine to train on
        it; a bad file says where."""
        def failed(exc: DataError) -> None:
            self.show_message("error", self.tr("Could not import {path}:\n{error}").format(path=path,
                                                                                           error=describe(exc)))
        if self.csv_task is not None:
            self.csv_task.cancel()  # the dialog is window-modal; a second import replaces the first
        self.csv_task = CsvImportTask(path, self.window, lambda data: self._use_csv(path, data), failed)
        return self.csv_task

    def _use_csv(self, path: str, data) -> None:
        self.csv_name = path.rsplit("/", 1)[-1]
        config = self.controller.config.copy()
        config.dataset, config.n_samples = "csv", len(data.x)
        config.loss = default_loss(data.task)
        self.rebuild(config, self.tr("Import {name}").format(name=self.csv_name), data)

    # -- from the controller -----------------------------------------------------------
    @Slot(object)
    def _on_controller_snapshot(self, snapshot) -> None:
        self.toolbar.show_metrics(snapshot.metrics)
        self.frames.take(snapshot)

    def input_labels(self, info: RunInfo) -> list[str]:
        return [FEATURE_LABELS.get(name, name) for name in info.input_names]

    @Slot(object)
    def _on_controller_config_changed(self, info: RunInfo) -> None:
        """Every panel shows what the engine confirmed (a refused edit goes back here)."""
        self.data_panel.set_config(info.config, info.task, self.csv_name)
        self.training_panel.set_config(info.config, info.task)
        self.loss_plot.set_schedule(info.config)
        self.editor.set_config(info.config, self.input_labels(info))
        self.stack_editor.set_config(info.config)
        self.editors.setCurrentWidget(self.shaped_page if info.config.shaped else self.editor)
        apply_restrictions(self.data_panel, self.training_panel, *self.scenario_panel.restrictions())

    @Slot(object)
    def _on_controller_scenario_changed(self, scenario) -> None:
        self.scenario_panel.set_scenario(scenario)
        self._render_panels()

    def _render_panels(self) -> None:
        """Panels render what runs again, with the restrictions now in force."""
        if self.controller.info is not None:
            self._on_controller_config_changed(self.controller.info)

    @Slot(object)
    def _on_controller_built(self, info: RunInfo) -> None:
        """A new network: the views start afresh."""
        labels = self.input_labels(info)
        self.loss_plot.clear_history()
        self.loss_plot.set_task(info.task)
        self.output_view.set_plane(info.plane, info.task, info.n_classes, len(labels), info.config.data_kind)
        self.paint_tool.plane_changed()
        self.heatmaps.set_input_labels(labels)
        self.through_time.clear_history()
        self.gallery.set_gallery(info.gallery)
        self.toolbar.show_metrics({"step": info.step, "epoch": 0})
        c = info.config
        if c.shaped:  # the feature maps and the hidden states follow one training sample
            n_train = min(max(int(round(c.train_fraction * c.n_samples)), 1), c.n_samples - 1)
            for spin in (self.feature_maps.sample, self.through_time.sample):
                spin.setMaximum(n_train - 1)
            self._on_shaped_sample_chosen(min(self._sample, n_train - 1))
        else:
            self._on_editor_neuron_mode_changed()

    @Slot(int)
    def _on_shaped_sample_chosen(self, index: int) -> None:
        self._sample = index
        self.gallery.set_chosen(index)
        for spin in (self.feature_maps.sample, self.through_time.sample):
            with QSignalBlocker(spin):
                spin.setValue(index)
        self._send_sample(index)

    def _on_editor_neuron_mode_changed(self) -> None:
        following = self.editor.neuron_mode.currentData() == "sample"
        self._send_sample(self._sample if following else None)
        self._send_visible_views()  # now, so the next snapshot already has what the mode shows

    def _send_sample(self, index: int | None) -> None:
        """Let snapshots carry this training sample's activations; only when it changes (the
        engine keeps it across rebuilds, and each request costs a snapshot)."""
        if index != self._sent_sample:
            self._sent_sample = index
            self.controller.set_sample(index)

    # -- pay for what is shown -------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        """A view shown or hidden (its dock closed or tabbed behind another): tell
        the engine soon, once for the whole burst of events."""
        if event.type() in (QEvent.Show, QEvent.Hide):
            self._visibility_timer.start()
        return False

    def visible_views(self) -> frozenset:
        """What the engine must compute for: the plane grid for a visible Output view or a
        visible diagram showing outputs over the plane, with a hovered neuron's plane at full
        resolution while the Output view draws it; one sample's activations for a diagram
        following it, or a view of a CNN or RNN showing it; the confusion matrix for a visible
        Predictions view."""
        mode = self.editor.neuron_mode.currentData() if self.editor.isVisible() else None
        shown = {"output"} if self.output_view.isVisible() else set()
        shown |= {"predictions"} if shown_on_screen(self.predictions) else set()  # a tab behind others: not
        shown |= {"thumbnails"} if mode == "plane" else {"activations"} if mode == "sample" else set()
        shown |= {"neuron_planes"} if "output" in shown and self.output_view.hovered is not None else set()
        shaped = self.controller.config is not None and self.controller.config.shaped
        if shaped and any(shown_on_screen(view) for view in self.sample_views()):  # not tabbed behind others
            shown |= {"activations"}
        return frozenset(shown)

    def sample_views(self) -> tuple:
        """The views of a CNN or RNN that show the chosen training sample."""
        return self.feature_maps, self.through_time, self.step_through, self.predictions

    @Slot(bool)
    def on_dock_shown(self, visible: bool) -> None:
        """A dock's tab brought to the front (or sent behind) uncovers its view without a Show
        event: tell the engine what is visible now, and let the frame scheduler draw what the
        view missed, once the tab is laid out."""
        self._visibility_timer.start()
        if visible:
            QTimer.singleShot(0, self.frames.run)

    @Slot()
    def _send_visible_views(self) -> None:
        shown = self.visible_views()
        if shown != self._shown:
            self._shown = shown
            self.controller.set_visible_views(shown)

    @Slot(int)
    def _on_output_view_sample_chosen(self, index: int) -> None:
        self._sample = index
        set_combo(self.editor.neuron_mode, "sample")
        self._on_editor_neuron_mode_changed()

    @Slot(int, int)
    def _on_editor_neuron_hovered(self, column: int, index: int) -> None:
        name = self.editor.neuron_name(column, index) if column >= 0 else ""
        self.output_view.show_neuron(column, index, name)
        self._send_visible_views()  # its plane at the Output view's resolution, from the next snapshot

    @Slot(str, object)
    def _on_controller_problem(self, level: str, error) -> None:
        text = describe(error)
        if isinstance(error, DivergenceError):
            text = self.tr("Training paused. {reason}").format(reason=text)
        if getattr(error, "code", "") in ("exploding_weights", "exploding_loss"):
            self.message_bar.show_message(level, text, rewind_to=error.values.get("checkpoint", 0))
        else:
            self.show_message(level, text)

    @Slot(str, str)
    def show_message(self, level: str, text: str) -> None:
        if level == "info":
            self.window.statusBar().showMessage(text, 4000)
        else:
            self.message_bar.show_message(level, text)

    # -- what a session file keeps of the views --------------------------------------------
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

    def session_replaced(self) -> None:
        """A new or opened session: the old one's edits are not undoable into it."""
        self.undo_stack.clear()

    def shutdown(self) -> None:
        if self.csv_task is not None:
            self.csv_task.cancel()  # the reading thread stops within a few thousand rows
        self.files.discard_recovery()
        self.controller.shutdown()
