"""The training worker: owns the :class:`Experiment` and runs it in its own thread.

Commands arrive as queued signals and are applied between updates.  Training runs in
time-boxed chunks on a zero-interval timer, so commands are never kept waiting for more
than a chunk (~15 ms).  Snapshots are published "latest only": a new one is built only
after the GUI took the previous one, and at most ``max_fps`` times per second, so a fast
worker can never fill the GUI's event queue.
"""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..engine import ConfigError, DivergenceError, Experiment

CHUNK_SECONDS = 0.015
# After each chunk the worker sleeps briefly: the GIL is then free for the GUI thread, whose
# paint makes many short Qt calls that would otherwise each wait for the worker to yield.
YIELD_SECONDS = 0.002


class TrainingWorker(QObject):
    snapshot_ready = Signal(int, object)  # generation, Snapshot
    playing_changed = Signal(bool)
    diverged = Signal(str)
    failed = Signal(str)

    def __init__(self, experiment: Experiment, max_fps: float = 30.0, grid_size: int = 0):
        super().__init__()
        self.experiment = experiment
        self.generation = 0
        self.max_fps = max_fps
        self.grid_size = grid_size
        self.speed = 0.0  # updates per second; 0 = as fast as possible
        self.playing = False
        self.gui_ready = threading.Event()  # set by the GUI when it took the last snapshot
        self.gui_ready.set()
        self._dirty = True
        self._full_history = True
        self._last_publish = 0.0
        self._play_timer = self._publish_timer = None
        self._commands = {
            "step": self._step, "epoch": self._epoch, "play": self._play, "pause": self._pause,
            "set": self._set, "speed": self._set_speed, "replace": self._replace,
            "edit_weight": self._edit_weight, "stop": self._stop, "grid_size": self._set_grid_size,
        }

    @Slot()
    def start(self) -> None:
        """Runs in the worker thread: make the timers there."""
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(0)
        self._play_timer.timeout.connect(self._on_play_timer_timeout)
        self._publish_timer = QTimer(self)
        self._publish_timer.setInterval(max(int(1000 / self.max_fps), 1))
        self._publish_timer.timeout.connect(self._maybe_publish)
        self._publish_timer.start()
        self._maybe_publish()

    @Slot(str, object)
    def handle(self, name: str, argument) -> None:
        self._commands[name](argument)

    # -- commands ------------------------------------------------------------------------
    def _train(self, run) -> None:
        try:
            run()
        except DivergenceError as exc:
            self._pause(None)
            self.diverged.emit(str(exc))
        self._dirty = True

    def _step(self, count) -> None:
        trainer = self.experiment.trainer
        self._train(lambda: [trainer.step() for _ in range(int(count or 1))])
        self._maybe_publish()

    def _epoch(self, _) -> None:
        self._train(self.experiment.trainer.run_epoch)
        self._maybe_publish()

    def _play(self, _) -> None:
        if not self.playing:
            self.playing = True
            self._play_started, self._played = time.perf_counter(), 0
            self._play_timer.start()
            self.playing_changed.emit(True)

    def _pause(self, _) -> None:
        if self.playing:
            self.playing = False
            self._play_timer.stop()
            self.playing_changed.emit(False)
        self._maybe_publish()

    def _set(self, values: dict) -> None:
        try:
            self.experiment.set_hyperparameters(**values)
        except ConfigError as exc:
            self.failed.emit(str(exc))
        self._dirty = True

    def _set_speed(self, speed) -> None:
        self.speed = float(speed)
        self._play_started, self._played = time.perf_counter(), 0

    def _set_grid_size(self, size) -> None:
        self.grid_size = int(size)
        self._dirty = True

    def _replace(self, argument) -> None:
        """A new experiment (rebuild, reset, open): stop, swap, publish from step 0."""
        generation, experiment = argument
        self._pause(None)
        self.experiment, self.generation = experiment, generation
        self._dirty, self._full_history = True, True
        self.gui_ready.set()
        self._maybe_publish()

    def _edit_weight(self, argument) -> None:
        layer, name, index, value = argument
        self.experiment.network.layers[layer].params[name][index] = value
        self._dirty = True
        self._maybe_publish()

    def _stop(self, _) -> None:
        self.playing = False
        for timer in (self._play_timer, self._publish_timer):
            if timer is not None:
                timer.stop()

    # -- playing and publishing --------------------------------------------------------
    @Slot()
    def _on_play_timer_timeout(self) -> None:
        trainer, start = self.experiment.trainer, time.perf_counter()
        if self.speed > 0:
            due = int(self.speed * (start - self._play_started)) - self._played
        else:
            due = 1 << 30

        def chunk():
            nonlocal due
            while due > 0 and time.perf_counter() - start < CHUNK_SECONDS:
                trainer.step()
                self._played += 1
                due -= 1
        if due > 0:
            self._train(chunk)
        self._maybe_publish()
        time.sleep(YIELD_SECONDS)

    @Slot()
    def _maybe_publish(self) -> None:
        now = time.perf_counter()
        if not self._dirty or not self.gui_ready.is_set() or now - self._last_publish < 1 / self.max_fps:
            return
        self.gui_ready.clear()
        self._dirty, self._last_publish = False, now
        snapshot = self.experiment.snapshot(self.grid_size, full_history=self._full_history)
        self._full_history = False
        self.snapshot_ready.emit(self.generation, snapshot)
