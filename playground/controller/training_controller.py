"""The GUI's single entry point to training: turns intents into engine commands and hands
the views the latest snapshot of the current generation.

It lives in the GUI thread; the engine runs in its own process (see :mod:`engine_process`).
``config`` is the GUI's copy of the experiment's settings; the engine owns the weights.
"""
from __future__ import annotations

import shlex

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot

from ..engine import Config, EngineError, Experiment, SessionError
from ..engine.datasets import Dataset
from ..engine.session import Session, load_session
from .worker import TrainingWorker

STRUCTURAL_HINT = "Rebuilt the network: new weights, step 0."


class TrainingController(QObject):
    snapshot_ready = Signal(object)  # Snapshot of the current generation
    playing_changed = Signal(bool)
    rebuilt = Signal(object)  # Config of the new network
    message = Signal(str, str)  # level ("info", "warning", "error"), text
    saved = Signal(str, str)  # path, error ("" when the file was written)

    def __init__(self, config: Config | None = None, data: Dataset | None = None, parent=None):
        super().__init__(parent)
        self.generation = 0
        self.playing = False
        self.latest = None
        self.snapshots_received = 0
        self._worker = TrainingWorker(parent=self)
        self._worker.snapshot_ready.connect(self._on_worker_snapshot_ready)
        self._worker.playing_changed.connect(self._on_worker_playing_changed)
        self._worker.diverged.connect(self._on_worker_diverged)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.saved.connect(self.saved)
        self.replace(Experiment((config or Config()).copy(), data), announce=False)

    # -- intents -------------------------------------------------------------------------
    def step(self, count: int = 1) -> None:
        self._worker.send("step", count)

    def step_epoch(self) -> None:
        self._worker.send("epoch", None)

    def play(self) -> None:
        self._worker.send("play", None)

    def pause(self) -> None:
        self._worker.send("pause", None)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, updates_per_second: float) -> None:
        self._worker.send("speed", updates_per_second)

    def set_grid_size(self, size: int) -> None:
        self._worker.send("grid_size", size)

    def set_sample(self, index: int | None) -> None:
        """Let snapshots carry this training sample's activations (None: none)."""
        self._worker.send("sample", index)

    def set_hyperparameters(self, **values) -> None:
        """Apply at the next update; weights, optimizer state and counters stay."""
        for key, value in values.items():
            if key in self.config.optimizer_hyper():
                self.config.hyper[key] = value
            else:
                setattr(self.config, key, value)
        self._worker.send("set", dict(values))

    def edit_weight(self, layer: int, name: str, index: tuple, value: float) -> None:
        self.pause()
        self._worker.send("edit_weight", (layer, name, index, float(value)))

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

    def replace(self, experiment: Experiment, announce: bool = True, saved: tuple | None = None) -> None:
        """Train ``experiment`` from now on.  The engine process rebuilds it from its config
        and data (seeded, so both sides hold the same network) and, for a session, puts the
        ``saved`` (state, arrays) into it."""
        self.config, self.data = experiment.config.copy(), (experiment.data if experiment.config.dataset == "csv" else None)
        self.plane = experiment.plane_data()
        self.generation += 1
        self.latest = None
        self._worker.send("replace", (self.generation, experiment.config.copy(), experiment.data, saved))
        if announce:
            self.rebuilt.emit(self.config)

    # -- sessions --------------------------------------------------------------------------
    def open_session(self, path: str) -> Session:
        """Load, check and continue a session file.  Raises :class:`SessionError` (and the
        open session stays untouched) when the file cannot be used.  Returns the session,
        for its view choices."""
        session = load_session(path)
        if session.config.shaped:
            quoted = shlex.quote(path)
            raise SessionError("It holds a network for images or sequences, and the window draws dense networks "
                               f"on 2-D points so far. From a terminal, `python main.py train {quoted} --save "
                               f"{quoted}` continues it and `python main.py info {quoted}` describes it.")
        experiment = session.experiment()  # checks every array against the settings
        self.replace(experiment, saved=(session.state, session.arrays))
        warning = session.warning()
        self.message.emit("warning" if warning else "info", warning or f"Opened {path}")
        return session

    def save_session(self, path: str, views: dict | None = None, created: str | None = None,
                     timeout_ms: int = 30000) -> str:
        """Save the running session (the engine process writes it, atomically) and wait for
        the result: "" on success, else the reason."""
        result = []
        loop = QEventLoop()

        def done(saved_path: str, error: str) -> None:
            if saved_path == path and not result:
                result.append(error)
                loop.quit()
        self.saved.connect(done)
        self._worker.send("save", (path, views or {}, created))
        QTimer.singleShot(timeout_ms, loop.quit)
        if not result:
            loop.exec()
        self.saved.disconnect(done)
        return result[0] if result else "the training engine did not answer in time"

    def save_in_background(self, path: str, views: dict | None = None) -> None:
        """Save without waiting (autosave); the outcome arrives through ``saved``."""
        self._worker.send("save", (path, views or {}, None))

    def shutdown(self) -> None:
        """Stop training, the engine process and the reader thread; safe to call twice."""
        self._worker.stop()

    def is_running(self) -> bool:
        return self._worker.is_running()

    # -- from the worker -------------------------------------------------------------------
    @Slot(int, object)
    def _on_worker_snapshot_ready(self, generation: int, snapshot) -> None:
        if generation == self.generation:
            self.latest = snapshot
            self.snapshots_received += 1
            self.snapshot_ready.emit(snapshot)
        self._worker.acknowledge()

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
