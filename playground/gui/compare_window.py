"""The compare window: 2 to 4 copies of a run, each in its own engine process, trained
together in lock-step (:mod:`lock_step`): the views are drawn only when every copy is at the
same update.  Their losses overlaid in one plot; their output planes and weight heatmaps side
by side, each matrix on the same colour range in every copy, all marking the same chosen sample.  The toolbar's play, step,
epoch, reset and speed act on every copy.  Closing the window ends their engine processes.
"""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..controller.lock_step import LockStep
from ..controller.training_controller import TrainingController
from ..engine import Config
from ..engine.compare import differing_settings
from ..engine.datasets import Dataset
from .compare_dialog import ROWS, CompareDialog, current_value
from .error_text import describe
from .form_widgets import set_combo
from .labels import (ACTIVATION_LABELS, FEATURE_LABELS, INIT_LABELS, OPTIMIZER_LABELS, REGULARIZER_LABELS,
                     SCHEDULE_LABELS)
from .steady_label import SteadyLabel
from .training_toolbar import TrainingToolBar
from .views.compare_landscape import CompareLandscapeView
from .views.output_view import GRID_SIZE, OutputView
from .views.race_plot import RUN_COLORS, RacePlot
from .views.weight_heatmaps import WeightHeatmaps, fitting_limits

FRAME_MS = 33  # redraw what changed at most ~30 times a second
RACE_SECONDS = 0.1  # ... and the loss curves at most 10 times
VALUE_LABELS = {"optimizer": OPTIMIZER_LABELS, "schedule": SCHEDULE_LABELS, "init": INIT_LABELS,
                "activation": ACTIVATION_LABELS, "regularizer": REGULARIZER_LABELS}


def setting_name(name: str) -> str:
    """A setting's row label in the user's language (a field's own name if it has none)."""
    return QCoreApplication.translate("CompareDialog", ROWS[name]) if name in ROWS else name


def copy_label(config: Config, names: list[str]) -> str:
    """e.g. "Optimizer: Adam, Learning rate: 0.01": what sets this copy apart, for people."""
    parts = []
    for name in names:
        value = current_value(config, name) if name in ROWS else getattr(config, name)
        if name in VALUE_LABELS:
            value = VALUE_LABELS[name].get(value, value)
        parts.append(f"{setting_name(name)}: {value:g}" if isinstance(value, float) else
                     f"{setting_name(name)}: {value}")
    return ", ".join(parts)


class ComparedRun:
    """One copy: its controller (and engine process) and its views."""

    def __init__(self, window: "CompareWindow", index: int, config: Config, data: Dataset | None, label: str):
        self.index, self.label = index, label
        self.controller = TrainingController(config, data, parent=window)
        self.controller.set_grid_size(GRID_SIZE)
        self.controller.set_visible_views({"output"})
        color = RUN_COLORS[index % len(RUN_COLORS)].name()
        self.title = QLabel(f"<b style='color:{color}'>■ {label}</b>")
        self.title.setAccessibleName(QCoreApplication.translate("CompareWindow", "Copy {n}").format(n=index + 1))
        self.title.setToolTip(QCoreApplication.translate("CompareWindow", "What sets this copy apart, in its colour in the loss plot"))
        self.metrics = SteadyLabel()  # new texts every round: no layout pass for them
        self.metrics.setAccessibleName(QCoreApplication.translate("CompareWindow", "Copy {n}: loss").format(n=index + 1))
        self.output = OutputView()
        self.heatmaps = WeightHeatmaps()
        self.heatmaps.numbers_check.setChecked(False)
        self.heatmaps.scope_combo.setEnabled(False)
        self.heatmaps.scope_combo.setToolTip(QCoreApplication.translate("CompareWindow", "Each matrix has the same colour range in every copy: "
                                                       "the one that fits it in all of them"))
        self.output.title.hide()
        self.row = QWidget()  # the copy's title over its output plane and weights, side by side
        grid = QGridLayout(self.row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.metrics, 0, 1)
        grid.addWidget(self.output, 1, 0)
        grid.addWidget(self.heatmaps, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)
        self.dirty = False

    def hide_view_controls(self) -> None:
        """The first copy's view controls act on every copy: the others need none."""
        h, o = self.heatmaps, self.output
        controls = [h.show_combo, h.scope_combo, h.numbers_check, o.test_check, o.discrete_check]
        controls += [label for label in h.findChildren(QLabel) if label.buddy() in controls]
        for widget in controls:
            widget.hide()


class CompareWindow(QMainWindow):
    def __init__(self, configs: list[Config], data: Dataset | None = None, parent=None):
        super().__init__(parent, Qt.Window)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Compare runs"))
        names = differing_settings(configs)
        self.toolbar = TrainingToolBar(self)
        self.addToolBar(self.toolbar)
        self.race = RacePlot()
        self.runs = [ComparedRun(self, k, c, data, copy_label(c, names) or self.tr("Copy {n}").format(n=k + 1))
                     for k, c in enumerate(configs)]
        self.race.set_runs([run.label for run in self.runs])
        self.landscape = CompareLandscapeView([run.controller for run in self.runs], [run.label for run in self.runs],
                                              [RUN_COLORS[run.index % len(RUN_COLORS)] for run in self.runs])
        shown = [setting_name(n).lower() for n in names]
        self.differs = QLabel(self.tr("Differs: {names}. Same initial weights, same batches in the same order.")
                              .format(names=", ".join(shown)) if names else
                              self.tr("The copies are identical: they stay bit-identical."))
        self.differs.setAccessibleName(self.tr("Settings that differ"))
        self.common = SteadyLabel()
        self.common.setAccessibleName(self.tr("Common update"))
        self.common.setToolTip(self.tr("Every copy makes the same number of updates: the views show them all at this one"))
        self.lock = LockStep([run.controller for run in self.runs], self)
        self._build_layout()
        self._frame = QTimer(self, interval=FRAME_MS)
        self._frame.timeout.connect(self._redraw)
        self._frame.start()
        self._race_dirty, self._race_drawn = False, 0.0
        self._connect()

    def _build_layout(self) -> None:
        """The overlaid losses at the left; the copies one under another at the right, so
        their planes and matrices line up for comparing."""
        rows = QWidget()
        column = QVBoxLayout(rows)
        column.setContentsMargins(0, 0, 0, 0)
        for run in self.runs:
            column.addWidget(run.row, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Compared views"))
        self.tabs.addTab(self.race, self.tr("Loss"))
        self.tabs.addTab(self.landscape, self.tr("Loss landscape"))
        self.tabs.currentChanged.connect(self._redraw)  # the loss curves are drawn only while shown
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(rows)
        splitter.setSizes([420, 860])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.differs, 1)
        top.addWidget(self.common)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        t = self.toolbar
        t.reset_action.triggered.connect(self.lock.reset)
        t.step_action.triggered.connect(lambda: self.lock.step(1))
        t.epoch_action.triggered.connect(self.lock.epoch)
        t.play_action.triggered.connect(self.toggle_play)
        t.speed_changed.connect(self.lock.set_speed)
        self.lock.playing_changed.connect(self.toolbar.set_playing)
        self.lock.reached.connect(self._on_lock_reached)
        for run in self.runs:
            c = run.controller
            c.built.connect(lambda info, r=run: self._on_run_built(r, info))
            c.snapshot_ready.connect(lambda snapshot, r=run: self._on_run_snapshot(r, snapshot))
            c.problem.connect(lambda level, error, r=run: self._on_run_problem(r, error))
            run.output.sample_chosen.connect(self._on_sample_chosen)
        first = self.runs[0]
        for run in self.runs[1:]:
            run.hide_view_controls()
        first.heatmaps.show_combo.currentIndexChanged.connect(self._on_first_controls_changed)
        first.heatmaps.numbers_check.toggled.connect(self._on_first_controls_changed)
        first.output.test_check.toggled.connect(self._on_first_controls_changed)
        first.output.discrete_check.toggled.connect(self._on_first_controls_changed)

    def _each(self, act) -> None:
        for run in self.runs:
            act(run.controller)

    # -- all together ------------------------------------------------------------------------
    @Slot()
    def toggle_play(self) -> None:
        self.lock.toggle_play()

    @Slot(int)
    def _on_lock_reached(self, _step: int) -> None:
        """Every copy finished the round: draw them now, at the same update."""
        self._redraw()

    def _on_sample_chosen(self, index: int) -> None:
        """A point clicked in one copy's output is marked in every copy's (snapshots carry
        that sample's activations from now on)."""
        for run in self.runs:
            run.controller.set_visible_views({"output", "activations"})
            run.controller.set_sample(index)

    def _on_first_controls_changed(self) -> None:
        """The first copy's view controls set every copy's (the others' are hidden)."""
        first = self.runs[0]
        for run in self.runs[1:]:
            set_combo(run.heatmaps.show_combo, first.heatmaps.show_combo.currentData())
            run.output.test_check.setChecked(first.output.test_check.isChecked())
            run.output.discrete_check.setChecked(first.output.discrete_check.isChecked())
            run.heatmaps.numbers_check.setChecked(first.heatmaps.numbers_check.isChecked())

    # -- one copy's news ---------------------------------------------------------------------
    def _on_run_built(self, run: ComparedRun, info) -> None:
        labels = [FEATURE_LABELS.get(name, name) for name in info.input_names]
        run.output.set_plane(info.plane, info.task, info.n_classes, len(labels), info.config.data_kind)
        run.heatmaps.set_input_labels(labels)
        self.race.clear_run(run.index)
        self._race_dirty = True
        self.race.set_task(info.task == "classification")

    def _on_run_snapshot(self, run: ComparedRun, snapshot) -> None:
        e = snapshot.eval_rows
        self._race_dirty |= self.race.append(run.index, np.column_stack([e.step, e.train_loss, e.test_loss,
                                                                         e.train_accuracy, e.test_accuracy]))
        run.heatmaps.take(snapshot)
        run.output.take(snapshot)
        run.dirty = True

    def _on_run_problem(self, run: ComparedRun, error) -> None:
        self.statusBar().showMessage(self.tr("{copy}: {problem}").format(copy=run.label, problem=describe(error)))

    @Slot()
    def _redraw(self) -> None:
        """Redraw what changed, only while every copy in step is at the same update; each
        matrix on the colour range that fits it in every copy."""
        if not self.lock.aligned:
            return
        self._redraw_race()
        if not any(run.dirty for run in self.runs):
            return
        self._show_numbers()
        matrices = [run.heatmaps.matrices() for run in self.runs]  # made once, for the range and the pictures
        own = [fitting_limits(m) for m in matrices]
        limits = list(np.max(own, axis=0)) if own[0] and len({len(o) for o in own}) == 1 else None
        for run, shown in zip(self.runs, matrices):
            if run.dirty or run.heatmaps.shared_limits != limits:
                run.heatmaps.shared_limits = limits
                run.heatmaps.draw(shown)
                run.output.redraw()
                run.dirty = False

    def _redraw_race(self) -> None:
        """The overlaid curves, when they are on screen and got new points, at most every
        RACE_SECONDS (12 curves of the whole history cost more than all the pictures)."""
        now = time.perf_counter()
        if self._race_dirty and self.race.isVisible() and now - self._race_drawn >= RACE_SECONDS:
            self.race.redraw()
            self._race_dirty, self._race_drawn = False, now

    def _show_numbers(self) -> None:
        """Each copy's loss, and the update they all share (a diverged copy says where it stopped)."""
        for run in self.runs:
            s = run.controller.latest
            if run.dirty and s is not None:
                m = s.metrics
                run.metrics.setText(self.tr("update {step:,}   loss: train {train:.4g}  test {test:.4g}").format(
                    step=m["step"], train=m["train_loss"], test=m["test_loss"]))
        shared = self.lock.in_step[0].latest
        self.common.setText(self.tr("All copies at update {step:,}").format(step=shared.step) if not self.lock.out else
                            self.tr("Copies in step at update {step:,}").format(step=shared.step))
        self.toolbar.show_metrics({"step": shared.step, "epoch": shared.epoch})

    def closeEvent(self, event) -> None:
        self._frame.stop()
        self.lock.pause()
        self._each(lambda c: c.shutdown())
        super().closeEvent(event)


def open_compare(window: QMainWindow) -> CompareDialog | None:
    """Ask which copies of ``window``'s current run to compare, then open them."""
    c = window.controller
    if c.config is None:
        window.statusBar().showMessage(QCoreApplication.translate("CompareWindow", "The run is still being built; compare it in a moment."), 4000)
        return None
    dialog = CompareDialog(c.config, window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)  # a new one each time, showing the run as it is then
    data = c.data if c.config.given_data else None  # a generated set is drawn again from its seed
    dialog.started.connect(lambda configs: CompareWindow(configs, data, window).show())
    dialog.open()
    return dialog
