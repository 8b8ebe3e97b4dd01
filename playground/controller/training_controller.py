"""The GUI's single entry point to training: turns intents into worker commands and hands
the views the latest snapshot of the current generation.

It lives in the GUI thread; the worker lives in its own QThread.  ``config`` is the GUI's
copy of the experiment's settings (the worker owns the engine objects themselves).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..engine import Config, EngineError, Experiment
from ..engine.datasets import Dataset
from .worker import TrainingWorker

STRUCTURAL_HINT = "Rebuilt the network: new weights, step 0."


class TrainingController(QObject):
    snapshot_ready = Signal(object)  # Snapshot of the current generation
    playing_changed = Signal(bool)
    rebuilt = Signal(object)  # Config of the new network
    message = Signal(str, str)  # level ("info", "warning", "error"), text
    _command = Signal(str, object)

    def __init__(self, config: Config | None = None, data: Dataset | None = None, parent=None):
        super().__init__(parent)
        self.config = config or Config()
        self.data = data  # a user's CSV data, else None (generated from the config)
        self.generation = 0
        self.playing = False
        self.latest = None
        self.snapshots_received = 0
        experiment = Experiment(self.config.copy(), data)
        self.plane = experiment.plane_data()  # points for the plane views; None off the plane
        self._thread = QThread()
        self._thread.setObjectName("training-worker")
        self._worker = TrainingWorker(experiment)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._thread.finished.connect(self._worker.deleteLater)
        self._command.connect(self._worker.handle)
        self._worker.snapshot_ready.connect(self._on_worker_snapshot_ready)
        self._worker.playing_changed.connect(self._on_worker_playing_changed)
        self._worker.diverged.connect(self._on_worker_diverged)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.start()

    # -- intents -------------------------------------------------------------------------
    def step(self, count: int = 1) -> None:
        self._command.emit("step", count)

    def step_epoch(self) -> None:
        self._command.emit("epoch", None)

    def play(self) -> None:
        self._command.emit("play", None)

    def pause(self) -> None:
        self._command.emit("pause", None)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, updates_per_second: float) -> None:
        self._command.emit("speed", updates_per_second)

    def set_grid_size(self, size: int) -> None:
        self._command.emit("grid_size", size)

    def set_hyperparameters(self, **values) -> None:
        """Apply at the next update; weights, optimizer state and counters stay."""
        for key, value in values.items():
            if key in self.config.optimizer_hyper():
                self.config.hyper[key] = value
            else:
                setattr(self.config, key, value)
        self._command.emit("set", dict(values))

    def edit_weight(self, layer: int, name: str, index: tuple, value: float) -> None:
        self.pause()
        self._command.emit("edit_weight", (layer, name, index, float(value)))

    def rebuild(self, config: Config, data: Dataset | None = None, keep_data: bool = True) -> bool:
        """Build a new experiment from ``config``; on a bad config say why and keep the old."""
        data = self.data if keep_data and data is None and config.dataset == "csv" else data
        try:
            experiment = Experiment(config.copy(), data)
        except EngineError as exc:
            self.message.emit("error", str(exc))
            return False
        self.replace(experiment)
        self.message.emit("info", STRUCTURAL_HINT)
        return True

    def reset(self) -> bool:
        """New weights from the seed (same seed, same weights), step 0, same settings."""
        return self.rebuild(self.config, self.data)

    def replace(self, experiment: Experiment) -> None:
        self.config, self.data = experiment.config.copy(), (experiment.data if experiment.config.dataset == "csv" else None)
        self.plane = experiment.plane_data()
        self.generation += 1
        self.latest = None
        self._command.emit("replace", (self.generation, experiment))
        self.rebuilt.emit(self.config)

    def shutdown(self) -> None:
        """Stop training and the thread; safe to call twice."""
        if self._thread.isRunning():
            self._command.emit("stop", None)
            self._thread.quit()
            self._thread.wait()

    # -- from the worker -------------------------------------------------------------------
    @Slot(int, object)
    def _on_worker_snapshot_ready(self, generation: int, snapshot) -> None:
        if generation == self.generation:
            self.latest = snapshot
            self.snapshots_received += 1
            self.snapshot_ready.emit(snapshot)
        self._worker.gui_ready.set()

    @Slot(bool)
    def _on_worker_playing_changed(self, playing: bool) -> None:
        self.playing = playing
        self.playing_changed.emit(playing)

    @Slot(str)
    def _on_worker_diverged(self, text: str) -> None:
        self.message.emit("warning", f"Training paused. {text}")

    @Slot(str)
    def _on_worker_failed(self, text: str) -> None:
        self.message.emit("error", text)
